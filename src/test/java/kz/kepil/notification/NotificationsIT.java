package kz.kepil.notification;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices through the test portal's notice path, as entitlements and orders will send them: the SMS goes
 * out after the commit and is in the journal with every field; the notice is in its recipient's cabinet
 * and nobody else's; the journal is for the akimat, the authority and auditors only.
 */
class NotificationsIT {

    private static final String SERVICE = "Кресло-коляска прогулочная";

    private static String caseNumber() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long send(String json, String authorityToken) {
        Reply reply = Portal.post("/api/v1/platform/notices", json, authorityToken);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String selectionOpen(String iin, String caseNumber, String akimat) {
        return """
                {"type":"SELECTION_OPEN","iin":"%s","fullName":"Қасымов Асан","birthDate":"1985-02-14",
                 "phone":"8 (701) 234-56-78","caseNumber":"%s","service":"%s","specialist":"Әбенова Гүлнар",
                 "params":{"until":"2026-05-01","akimatCode":"%s"}}""".formatted(iin, caseNumber, SERVICE, akimat);
    }

    private static Reply journal(String query, String token) {
        return Portal.get("/api/v1/notifications/sms" + query, token);
    }

    /** The journal line of the case once its SMS is no longer pending, within about 15 seconds. */
    private static JsonObject sentLine(String iin, String caseNumber, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        JsonObject line = null;
        while (Instant.now().isBefore(deadline)) {
            Reply reply = journal("?iin=" + iin, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            line = find(reply.jsonArray(), caseNumber).orElse(null);
            if (line != null && !line.getString("status").equals("PENDING")) {
                return line;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the SMS of " + caseNumber + " was not sent in 15 s: " + line);
    }

    private static Optional<JsonObject> find(JsonArray lines, String caseNumber) {
        return lines.stream().map(JsonValue::asJsonObject)
                .filter(l -> !l.isNull("caseNumber") && l.getString("caseNumber").equals(caseNumber)).findFirst();
    }

    private static Optional<JsonObject> notice(String token, long id) {
        Reply reply = Portal.get("/api/v1/me/notices", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst();
    }

    @Test
    void smsIsSentAfterCommitAndJournalledWithEveryField() throws InterruptedException {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();
        String auditor = TestDatabase.userWithRoles("AUDITOR").token();
        String caseNumber = caseNumber();

        long id = send(selectionOpen(beneficiary.iin(), caseNumber, "SD-75"), authority);

        JsonObject line = sentLine(beneficiary.iin(), caseNumber, auditor);
        assertThat(line.getString("status")).isEqualTo("SENT");
        assertThat(line.getString("responseCode")).isEqualTo("LOGGED");
        assertThat(line.getString("sentAt")).isNotBlank();
        assertThat(line.getInt("attempts")).isEqualTo(1);
        assertThat(line.getString("iin")).isEqualTo(beneficiary.iin());
        assertThat(line.getString("fullName")).isEqualTo("Қасымов Асан");
        assertThat(line.getString("birthDate")).isEqualTo("1985-02-14");
        assertThat(line.getString("service")).isEqualTo(SERVICE);
        assertThat(line.getString("type")).isEqualTo("SELECTION_OPEN");
        assertThat(line.getString("phone")).isEqualTo("+77012345678");
        assertThat(line.getString("specialist")).isEqualTo("Әбенова Гүлнар");
        assertThat(line.getString("akimatCode")).isEqualTo("SD-75");
        assertThat(line.getString("text")).startsWith("Kepil: №" + caseNumber + ": «" + SERVICE + "»")
                .contains("01.05.2026 дейін").contains("до 01.05.2026");

        Reply audit = Portal.get("/api/v1/audit?entity=Notification&id=" + id, auditor);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.jsonArray().stream().map(e -> e.asJsonObject().getString("action")).toList()).contains("QUEUED");
    }

    @Test
    void noticeIsInTheBeneficiarysCabinetOnlyAndIsMarkedRead() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        TestUser someoneElse = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();

        long id = send(selectionOpen(beneficiary.iin(), caseNumber(), "SD-75"), authority);

        JsonObject notice = notice(beneficiary.token(), id).orElseThrow();
        assertThat(notice.getString("type")).isEqualTo("SELECTION_OPEN");
        assertThat(notice.getBoolean("read")).isFalse();
        assertThat(notice.getJsonObject("texts").getString("kk")).contains("өнім берушіні");
        assertThat(notice.getJsonObject("texts").getString("ru")).contains("выберите поставщика");
        assertThat(notice.getJsonObject("texts").getString("en")).contains("choose a supplier");
        Reply russian = Portal.request("GET", "/api/v1/me/notices").token(beneficiary.token())
                .header("Accept-Language", "ru").send();
        assertThat(russian.jsonArray().getJsonObject(0).getString("text")).contains("выберите поставщика");
        assertThat(notice(someoneElse.token(), id)).isEmpty();

        Reply notTheirs = Portal.post("/api/v1/me/notices/" + id + "/read", "", someoneElse.token());
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(404);
        Reply read = Portal.post("/api/v1/me/notices/" + id + "/read", "", beneficiary.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(204);
        assertThat(notice(beneficiary.token(), id).orElseThrow().getBoolean("read")).isTrue();
        assertThat(Portal.get("/api/v1/me/notices", null).status()).isEqualTo(401);
    }

    @Test
    void supplierNoticeIsReadByTheSuppliersStaff() {
        TestUser manager = TestDatabase.userWithRoles("SUPPLIER_MANAGER");
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();

        long id = send("""
                {"type":"SUPPLIER_NEW_ORDER","supplierId":1,"iin":"%s","phone":"+77270000000","caseNumber":"%s",
                 "service":"Seni Super M","params":{"due":"2026-05-08"}}""".formatted(beneficiary.iin(), caseNumber()),
                authority);

        assertThat(notice(manager.token(), id)).hasValueSatisfying(n ->
                assertThat(n.getJsonObject("texts").getString("ru")).contains("Новый заказ").contains("08.05.2026"));
        assertThat(notice(beneficiary.token(), id)).isEmpty();
    }

    @Test
    void akimatSpecialistSeesTheSmsOfTheirAkimatOnly() throws InterruptedException {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();
        String specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST").token();
        String ours = caseNumber();
        String theirs = caseNumber();

        send(selectionOpen(beneficiary.iin(), ours, "SD-75"), authority);
        send(selectionOpen(beneficiary.iin(), theirs, "SD-71"), authority);
        sentLine(beneficiary.iin(), theirs, authority);

        JsonArray seen = journal("?iin=" + beneficiary.iin(), specialist).jsonArray();
        assertThat(find(seen, ours)).isPresent();
        assertThat(find(seen, theirs)).isEmpty();
        assertThat(find(journal("?iin=" + beneficiary.iin(), authority).jsonArray(), theirs)).isPresent();
    }

    @Test
    void journalIsFilteredByTime() throws InterruptedException {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();
        String caseNumber = caseNumber();
        send(selectionOpen(beneficiary.iin(), caseNumber, "SD-75"), authority);
        Instant queuedAt = Instant.parse(sentLine(beneficiary.iin(), caseNumber, authority).getString("queuedAt"));

        String around = "?iin=" + beneficiary.iin() + "&from=" + queuedAt.minusSeconds(60) + "&to=" + queuedAt.plusSeconds(60);
        String before = "?iin=" + beneficiary.iin() + "&to=" + queuedAt.minusSeconds(60);

        assertThat(find(journal(around, authority).jsonArray(), caseNumber)).isPresent();
        assertThat(find(journal(before, authority).jsonArray(), caseNumber)).isEmpty();
        assertThat(journal("?limit=1", authority).jsonArray()).hasSize(1);
    }

    @Test
    void journalRefusesBeneficiariesAndBadParameters() {
        String beneficiary = TestDatabase.userWithRoles("BENEFICIARY").token();
        String auditor = TestDatabase.userWithRoles("AUDITOR").token();

        Reply refused = journal("", beneficiary);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemCode()).isEqualTo("FORBIDDEN");
        assertThat(journal("", null).status()).isEqualTo(401);

        for (String bad : new String[]{"?iin=123", "?from=yesterday", "?to=2026-13-01", "?limit=0", "?limit=many",
                "?from=2026-03-02&to=2026-03-01"}) {
            Reply reply = journal(bad, auditor);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.problemCode()).as(reply.toString()).isIn("VALIDATION_FAILED", "IIN_INVALID");
        }
    }

    @Test
    void onlyTheAuthoritySendsTestNoticesAndOnlyValidOnes() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();

        Reply notAllowed = Portal.post("/api/v1/platform/notices", selectionOpen(beneficiary.iin(), caseNumber(), "SD-75"),
                beneficiary.token());
        assertThat(notAllowed.status()).isEqualTo(403);

        Reply noType = Portal.post("/api/v1/platform/notices", "{\"iin\":\"" + beneficiary.iin() + "\"}", authority);
        assertThat(noType.status()).as(noType.toString()).isEqualTo(400);
        assertThat(noType.problemCode()).isEqualTo("VALIDATION_FAILED");

        Reply noRecipient = Portal.post("/api/v1/platform/notices", "{\"type\":\"ORDER_ACCEPTED\"}", authority);
        assertThat(noRecipient.status()).as(noRecipient.toString()).isEqualTo(400);
        assertThat(noRecipient.problemCode()).isEqualTo("NOTICE_INVALID");
    }

    @Test
    void smsWithoutAPhoneIsJournalledAsNotSent() throws InterruptedException {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String authority = TestDatabase.userWithRoles("AUTHORITY").token();
        String caseNumber = caseNumber();

        long id = send("""
                {"type":"ORDER_ACCEPTED","iin":"%s","caseNumber":"%s","service":"Seni Super M"}"""
                .formatted(beneficiary.iin(), caseNumber), authority);

        JsonObject line = sentLine(beneficiary.iin(), caseNumber, authority);
        assertThat(line.getString("status")).isEqualTo("FAILED");
        assertThat(line.getString("responseCode")).isEqualTo("NO_PHONE");
        assertThat(notice(beneficiary.token(), id)).isPresent();
    }

    /** An SMS queued straight into the outbox, as another instance of the portal would leave it. */
    private static long queuedElsewhere(Connection c, String iin, String caseNumber) throws SQLException {
        long noticeId;
        try (PreparedStatement notice = c.prepareStatement("INSERT INTO cabinet_notice (notice_type, recipient_iin, "
                + "case_number, text_kk, text_ru, text_en, created_at) VALUES ('ORDER_COMPLETED', ?, ?, 'kk', 'ru', 'en', "
                + "UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            notice.setString(1, iin);
            notice.setString(2, caseNumber);
            notice.executeUpdate();
            try (ResultSet keys = notice.getGeneratedKeys()) {
                keys.next();
                noticeId = keys.getLong(1);
            }
        }
        try (PreparedStatement sms = c.prepareStatement("INSERT INTO notification_outbox (notice_id, notice_type, iin, "
                + "phone, case_number, text, status, next_attempt_at, queued_at) VALUES (?, 'ORDER_COMPLETED', ?, "
                + "'+77012345678', ?, 'Kepil: test', 'PENDING', UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            sms.setLong(1, noticeId);
            sms.setString(2, iin);
            sms.setString(3, caseNumber);
            sms.executeUpdate();
            try (ResultSet keys = sms.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The periodic dispatch sends what is due, passing by a row another dispatcher holds instead of waiting
     * for it or sending it too; once that row is let go it is sent, once.
     */
    @Test
    void periodicDispatchSendsWhatIsDueAndPassesByRowsAnotherDispatcherHolds() throws Exception {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String auditor = TestDatabase.userWithRoles("AUDITOR").token();
        String held = caseNumber();
        String free = caseNumber();
        try (Connection setup = TestDatabase.connect(); Connection otherDispatcher = TestDatabase.connect()) {
            long heldId = queuedElsewhere(setup, beneficiary.iin(), held);
            queuedElsewhere(setup, beneficiary.iin(), free);
            otherDispatcher.setAutoCommit(false);
            try (PreparedStatement lock = otherDispatcher.prepareStatement(
                    "SELECT id FROM notification_outbox WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, heldId);
                lock.executeQuery().close();
            }

            JsonObject sent = sentLine(beneficiary.iin(), free, auditor);
            assertThat(sent.getString("status")).isEqualTo("SENT");
            JsonObject waiting = find(journal("?iin=" + beneficiary.iin(), auditor).jsonArray(), held).orElseThrow();
            assertThat(waiting.getString("status")).isEqualTo("PENDING");
            assertThat(waiting.getInt("attempts")).isZero();

            otherDispatcher.rollback();
            JsonObject released = sentLine(beneficiary.iin(), held, auditor);
            assertThat(released.getString("status")).isEqualTo("SENT");
            assertThat(released.getInt("attempts")).isEqualTo(1);
            assertThat(released.getString("responseCode")).isEqualTo("LOGGED");
        }
    }
}
