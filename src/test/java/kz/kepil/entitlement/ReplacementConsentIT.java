package kz.kepil.entitlement;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.entitlement.domain.Consent;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent to a replacement through the API (DOMAIN.md §3.5): E-Sobes sends a replacement, the beneficiary
 * is asked by SMS with a code and answers by SMS through the gateway, in the cabinet, or not at all; each
 * way the measure's status, the answer on the request's line of the SMS journal and the record for E-Sobes
 * say the same.
 */
class ReplacementConsentIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    private static final KzWorkingCalendar CALENDAR = KzWorkingCalendar.standard();

    /** Sessions that outlive a moved clock. */
    private static final String ESOBES = TestDatabase.longSession(TestDatabase.userWithRoles("ESOBES").id());
    private static final String GATEWAY = TestDatabase.longSession(TestDatabase.userWithRoles("SMS_GATEWAY").id());
    private static final String SPECIALIST = TestDatabase.longSession(TestDatabase.userWithRoles("AKIMAT_SPECIALIST").id());
    private static final String AUDITOR = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());

    /** A beneficiary with a long session, and the phone E-Sobes has for them. */
    private record Person(TestUser user, String token, String phone) {
    }

    private static Person person() {
        TestUser user = TestDatabase.userWithRoles("BENEFICIARY");
        return new Person(user, TestDatabase.longSession(user.id()), freshPhone());
    }

    /** A mobile number no other test uses (with overwhelming odds). */
    private static String freshPhone() {
        return "+7701" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String wheelchair() {
        return Portal.get("/api/v1/classifier?channel=PORTAL&category=WHEELCHAIRS").jsonArray().getJsonObject(0).getString("code");
    }

    /** E-Sobes sends a replacement of the person's wheelchair; its id. The phone is written as people write it. */
    private static long replacement(Person p) {
        String written = "8 (" + p.phone().substring(2, 5) + ") " + p.phone().substring(5);
        Reply sent = Portal.post("/api/v1/integration/esobes/measures", """
                {"iin":"%s","fullName":"Ауыстыру Тестов","birthDate":"%s","phone":"%s","akimatCode":"SD-75",
                 "region":"KZ-75","classifierCode":"%s","quantity":1,"iprValidFrom":"%s","iprValidTo":"%s",
                 "queueNumber":"R-%s","queueDate":"%s","replacementOf":"WCH-2019-%s"}"""
                .formatted(p.user().iin(), Iin.of(p.user().iin()).birthDate().orElseThrow(), written, wheelchair(),
                        TODAY.minusMonths(1), TODAY.plusYears(2), UUID.randomUUID().toString().substring(0, 8), TODAY.minusDays(3),
                        UUID.randomUUID().toString().substring(0, 6)), ESOBES);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().getString("status")).isEqualTo("AWAITING_CONSENT");
        return sent.json().getJsonNumber("id").longValue();
    }

    private static JsonObject measure(Person p, long id) {
        Reply r = Portal.get("/api/v1/entitlements/" + id, p.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonObject> sms(Person p, String type) {
        return Portal.get("/api/v1/notifications/sms?iin=" + p.user().iin(), SPECIALIST).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("type").equals(type)).toList();
    }

    /** The request's line of the SMS journal. */
    private static JsonObject request(Person p, long id) {
        return sms(p, "REPLACEMENT_CONSENT_REQUEST").stream().filter(r -> r.getString("caseNumber").equals("M-" + id))
                .findFirst().orElseThrow();
    }

    private static List<JsonObject> outbound(long id) {
        return Portal.get("/api/v1/integration/esobes/outbound?after=0&limit=1000", ESOBES).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getJsonNumber("measureId").longValue() == id).toList();
    }

    private static Reply reply(String phone, String text) {
        return Portal.post("/api/v1/notifications/sms/replies",
                "{\"phone\":\"" + phone + "\",\"text\":\"" + text + "\"}", GATEWAY);
    }

    private static Reply answer(Person p, long id, boolean consent) {
        return Portal.post("/api/v1/entitlements/" + id + "/replacement-consent", "{\"consent\":" + consent + "}", p.token());
    }

    private static List<String> auditActions(long id) {
        return Portal.get("/api/v1/audit?entity=Measure&id=" + id, AUDITOR).jsonArray().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("action") + " " + e.getString("actor")).toList();
    }

    @Test
    void aReplacementIsAskedBySmsWithACodeAndAnsweredWithinThreeWorkingDays() {
        Person p = person();
        long id = replacement(p);
        JsonObject m = measure(p, id);
        assertThat(m.getString("status")).isEqualTo("AWAITING_CONSENT");
        assertThat(m.containsKey("selectableUntil")).isFalse();
        Instant asked = Instant.parse(m.getString("consentRequestedAt"));
        assertThat(Instant.parse(m.getString("consentDueBy"))).isEqualTo(Consent.dueBy(asked, 3, CALENDAR));
        JsonObject mine = Portal.get("/api/v1/me/entitlements", p.token()).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(mine.getString("consentDueBy")).isEqualTo(m.getString("consentDueBy"));

        JsonObject request = request(p, id);
        String code = request.getString("replyCode");
        assertThat(code).matches("\\d{4}");
        assertThat(request.getString("phone")).isEqualTo(p.phone());
        assertThat(request.getString("text")).contains("1 " + code).contains("2 " + code);
        assertThat(request.containsKey("replyAnswer")).isFalse();
        assertThat(sms(p, "SELECTION_OPEN")).as("not in the queue before consent").isEmpty();
        assertThat(Portal.get("/api/v1/akimats/SD-75/entitlements?status=AWAITING_CONSENT", SPECIALIST).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getJsonNumber("id").longValue() == id)
                .map(e -> e.getString("consentDueBy")).toList()).containsExactly(m.getString("consentDueBy"));
        assertThat(outbound(id)).isEmpty();
    }

    @Test
    void consentBySmsReplyWithTheCodePutsTheReplacementInTheQueue() {
        Person p = person();
        long id = replacement(p);
        String code = request(p, id).getString("replyCode");
        String otherCode = code.equals("1000") ? "1001" : "1000";

        assertThat(reply(p.phone(), "yes please").problemCode()).isEqualTo("REPLY_NOT_UNDERSTOOD");
        assertThat(reply(p.phone(), "1 " + otherCode).problemCode()).isEqualTo("SMS_REPLY_UNMATCHED");
        assertThat(reply(freshPhone(), "1").problemCode()).as("a phone never asked").isEqualTo("SMS_REPLY_UNMATCHED");
        assertThat(reply("12345", "1 " + code).problemCode()).isEqualTo("PHONE_INVALID");
        assertThat(Portal.post("/api/v1/notifications/sms/replies", "{\"phone\":\"" + p.phone() + "\",\"text\":\"1 " + code + "\"}",
                p.token()).status()).as("only the gateway posts replies").isEqualTo(403);
        assertThat(measure(p, id).getString("status")).isEqualTo("AWAITING_CONSENT");

        Reply replied = reply("8 " + p.phone().substring(2), "1 " + code);
        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        assertThat(replied.json().getString("answer")).isEqualTo("YES");
        assertThat(replied.json().getString("caseNumber")).isEqualTo("M-" + id);

        JsonObject m = measure(p, id);
        assertThat(m.getString("status")).as("consented, queued and opened in turn").isEqualTo("SELECTABLE");
        assertThat(m.getString("consentAnswer")).isEqualTo("CONSENTED");
        assertThat(m.getString("consentVia")).isEqualTo("SMS");
        assertThat(m.getString("consentBy")).isEqualTo(p.phone());
        JsonObject request = request(p, id);
        assertThat(request.getString("replyAnswer")).isEqualTo("YES");
        assertThat(request.getString("replyVia")).isEqualTo("SMS");
        assertThat(request.getString("replyBy")).isEqualTo(p.phone());
        assertThat(request.getString("replyText")).isEqualTo("1 " + code);
        assertThat(sms(p, "SELECTION_OPEN")).hasSize(1);
        assertThat(outbound(id)).singleElement().satisfies(e -> {
            assertThat(e.getString("kind")).isEqualTo("REPLACEMENT_CONSENTED");
            assertThat(e.getString("payload")).contains("\"answer\":\"CONSENTED\"").contains("\"via\":\"SMS\"");
        });
        assertThat(auditActions(id)).anyMatch(a -> a.startsWith("CONSENTED iin:"));

        Reply again = reply(p.phone(), "2 " + code);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("CONSENT_NOT_AWAITED");
        assertThat(answer(p, id, false).problemCode()).isEqualTo("CONSENT_NOT_AWAITED");
        assertThat(measure(p, id).getString("status")).isEqualTo("SELECTABLE");
        assertThat(outbound(id)).hasSize(1);
    }

    @Test
    void theDemoSmsGatewaySignsInWithItsCertificateAndPostsTheRepliesItReceives() {
        Person p = person();
        long id = replacement(p);
        String code = request(p, id).getString("replyCode");
        String demoGateway = Eds.signIn(DemoKeys.demo("sms-gateway", "auth"));

        Reply replied = Portal.post("/api/v1/notifications/sms/replies", "{\"phone\":\"" + p.phone() + "\",\"text\":\"2 "
                + code + "\"}", demoGateway);

        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        assertThat(replied.json().getString("answer")).isEqualTo("NO");
        assertThat(measure(p, id).getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void consentInTheCabinetIsRecordedWithThePersonWhoGaveIt() {
        Person p = person();
        long id = replacement(p);
        assertThat(answer(person(), id, true).status()).as("another person's measure").isEqualTo(404);
        assertThat(Portal.post("/api/v1/entitlements/" + id + "/replacement-consent", "{}", p.token()).status()).isEqualTo(400);

        Reply answered = answer(p, id, true);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("SELECTABLE");
        assertThat(answered.json().getString("consentVia")).isEqualTo("CABINET");
        assertThat(answered.json().getString("consentBy")).isEqualTo("iin:" + p.user().iin());

        JsonObject request = request(p, id);
        assertThat(request.getString("replyAnswer")).isEqualTo("YES");
        assertThat(request.getString("replyVia")).isEqualTo("CABINET");
        assertThat(request.getString("replyBy")).isEqualTo("iin:" + p.user().iin());
        assertThat(outbound(id)).singleElement().satisfies(e -> {
            assertThat(e.getString("kind")).isEqualTo("REPLACEMENT_CONSENTED");
            assertThat(e.getString("payload")).contains("\"via\":\"CABINET\"");
        });
        assertThat(auditActions(id)).contains("CONSENTED iin:" + p.user().iin());

        assertThat(answer(p, id, true).status()).isEqualTo(409);
        assertThat(reply(p.phone(), "2").problemCode()).as("a late SMS after the cabinet answer").isEqualTo("CONSENT_NOT_AWAITED");
    }

    @Test
    void aRefusalClosesTheReplacementAsDeclinedAndEsobesIsTold() {
        Person p = person();
        long first = replacement(p);
        long second = replacement(p);
        assertThat(request(p, first).getString("replyCode")).isNotEqualTo(request(p, second).getString("replyCode"));
        assertThat(reply(p.phone(), "2").problemCode()).as("two questions open: the code says which")
                .isEqualTo("REPLY_CODE_REQUIRED");

        Reply refused = answer(p, second, false);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().getString("status")).isEqualTo("DECLINED");
        Reply bySms = reply(p.phone(), "2");
        assertThat(bySms.status()).as("one question left open: a bare answer is for it " + bySms).isEqualTo(200);
        assertThat(bySms.json().getString("caseNumber")).isEqualTo("M-" + first);

        for (long id : new long[]{first, second}) {
            JsonObject m = measure(p, id);
            assertThat(m.getString("status")).isEqualTo("DECLINED");
            assertThat(m.getString("closedReason")).isEqualTo("REPLACEMENT_DECLINED");
            assertThat(m.getString("consentAnswer")).isEqualTo("REFUSED");
            assertThat(request(p, id).getString("replyAnswer")).isEqualTo("NO");
            assertThat(outbound(id)).singleElement().satisfies(e -> {
                assertThat(e.getString("kind")).isEqualTo("MEASURE_CLOSED");
                assertThat(e.getString("payload")).contains("\"status\":\"DECLINED\"").contains("\"answer\":\"REFUSED\"");
            });
        }
        assertThat(request(p, first).getString("replyVia")).isEqualTo("SMS");
        assertThat(request(p, first).getString("replyText")).isEqualTo("2");
        assertThat(request(p, second).getString("replyVia")).isEqualTo("CABINET");
        assertThat(sms(p, "SELECTION_OPEN")).isEmpty();
        assertThat(answer(p, first, true).problemCode()).isEqualTo("CONSENT_NOT_AWAITED");
    }

    @Test
    void noAnswerWithinThreeWorkingDaysIsConsentBySilence() {
        Person p = person();
        long id = replacement(p);
        Instant due = Instant.parse(measure(p, id).getString("consentDueBy"));
        try {
            Portal.moveClock(due.minusSeconds(60));
            Portal.runJobs();
            assertThat(measure(p, id).getString("status")).as("a minute before the deadline").isEqualTo("AWAITING_CONSENT");

            Portal.moveClock(due.plusSeconds(60));
            Reply late = answer(p, id, false);
            assertThat(late.status()).as(late.toString()).isEqualTo(409);
            // The scheduler may have passed the deadline already; either way the refusal came too late.
            assertThat(late.problemCode()).isIn("CONSENT_DEADLINE_PASSED", "CONSENT_NOT_AWAITED");

            Portal.runJobs();
            JsonObject m = measure(p, id);
            assertThat(m.getString("status")).isEqualTo("SELECTABLE");
            assertThat(m.getString("consentAnswer")).isEqualTo("CONSENTED");
            assertThat(m.getString("consentVia")).isEqualTo("SILENCE");
            assertThat(m.getString("consentBy")).isEqualTo("system");
            assertThat(Instant.parse(m.getString("consentAt"))).isEqualTo(due);
            JsonObject request = request(p, id);
            assertThat(request.getString("replyAnswer")).isEqualTo("YES");
            assertThat(request.getString("replyVia")).isEqualTo("SILENCE");
            assertThat(outbound(id)).singleElement().satisfies(e -> {
                assertThat(e.getString("kind")).isEqualTo("REPLACEMENT_CONSENTED");
                assertThat(e.getString("payload")).contains("\"via\":\"SILENCE\"");
            });
            assertThat(auditActions(id)).contains("CONSENTED system");

            assertThat(reply(p.phone(), "2 " + request.getString("replyCode")).problemCode()).isEqualTo("CONSENT_NOT_AWAITED");
            assertThat(measure(p, id).getString("status")).isEqualTo("SELECTABLE");
        } finally {
            Portal.resetClock();
        }
    }
}
