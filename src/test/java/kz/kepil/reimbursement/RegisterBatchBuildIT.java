package kz.kepil.reimbursement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.shared.domain.Sha256;
import kz.kepil.signing.application.CanonicalDocuments;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Shop;
import kz.kepil.testsupport.TestRegisters;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large payment registers are built by the batch job, chunk by chunk, each chunk in its own transaction,
 * with the progress on the register; a build stopped midway — its job failed, or the portal went down and
 * its batch runtime forgot the job — goes on after its last chunk and never counts a claim twice.
 *
 * <p>The claims are many, so they are made in SQL: one order of a fresh shop is taken through the whole
 * flow to a READY claim, then cloned (order and claim) as many times as needed, with amounts that differ.
 * The test portal lets a request lower the batch threshold, the chunk size, and make the job fail after
 * some chunks (as a crash would leave it).
 */
class RegisterBatchBuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    /** A fresh shop of SD-75 with {@code count} READY claims in all (one real, the others cloned from it). */
    static Shop shopWithReadyClaims(int count) throws SQLException {
        Shop shop = TestOrders.shop("KZ-75");
        List<Long> orders = RegistersIT.readyClaims(shop, 1);
        long template = orders.get(0);
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("SELECT status FROM claim WHERE order_id = ?")) {
                s.setLong(1, template);
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("READY");
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO purchase_order (measure_id, iin, product_id, supplier_id, classifier_code, region_code, akimat_code,
                        product_name, quantity, price, guaranteed_sum, state_amount, top_up, total, status, status_since, created_at,
                        created_by, submitted_at, decision_due, decided_at, top_up_paid, top_up_reference, delivered_at, completed_at,
                        order_signature_id, decision_signature_id, delivery_signature_id, receipt_signature_id)
                    SELECT o.measure_id, o.iin, o.product_id, o.supplier_id, o.classifier_code, o.region_code, o.akimat_code,
                        o.product_name, o.quantity, o.price, o.guaranteed_sum, o.state_amount, o.top_up, o.total, o.status,
                        o.status_since, o.created_at, o.created_by, o.submitted_at, o.decision_due, o.decided_at, o.top_up_paid,
                        o.top_up_reference, o.delivered_at, o.completed_at, o.order_signature_id, o.decision_signature_id,
                        o.delivery_signature_id, o.receipt_signature_id
                    FROM purchase_order o JOIN seq_1_to_%d s WHERE o.id = ?""".formatted(count - 1))) {
                s.setLong(1, template);
                assertThat(s.executeUpdate()).isEqualTo(count - 1);
            }
            // The clones' amounts differ (0.00 to 0.06 less than the template's), so a wrong sum shows.
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO claim (order_id, order_number, akimat_code, supplier_id, iin, measure_id, classifier_code, quantity,
                        guaranteed_sum, amount, order_signed_at, order_completed_at, order_sha256, order_signature_id,
                        decision_signature_id, delivery_signature_id, receipt_signature_id, status, checks, checked_at, created_at)
                    SELECT o.id, CONCAT('O-', o.id), t.akimat_code, t.supplier_id, t.iin, t.measure_id, t.classifier_code, t.quantity,
                        t.guaranteed_sum, t.amount - MOD(o.id, 7) / 100, t.order_signed_at, t.order_completed_at, t.order_sha256,
                        t.order_signature_id, t.decision_signature_id, t.delivery_signature_id, t.receipt_signature_id, 'READY',
                        t.checks, t.checked_at, t.created_at
                    FROM purchase_order o JOIN claim t ON t.order_id = ?
                    WHERE o.supplier_id = ? AND o.id <> ?""")) {
                s.setLong(1, template);
                s.setLong(2, shop.supplier().id());
                s.setLong(3, template);
                assertThat(s.executeUpdate()).isEqualTo(count - 1);
            }
        }
        return shop;
    }

    static Reply buildInBatch(Shop shop, String officer, int chunk, Integer failAfterChunks) {
        Portal.Request request = Portal.request("POST", "/api/v1/reimbursement/registers").token(officer)
                .header("X-Kepil-Batch-Threshold", "200").header("X-Kepil-Batch-Chunk", String.valueOf(chunk))
                .json("""
                        {"akimatCode":"SD-75","supplierId":%d,"periodFrom":"%s","periodTo":"%s"}"""
                        .formatted(shop.supplier().id(), RegistersIT.TODAY.minusDays(1), RegistersIT.TODAY.plusDays(1)));
        if (failAfterChunks != null) {
            request.header("X-Kepil-Batch-Fail-After-Chunks", failAfterChunks.toString());
        }
        return request.send();
    }

    static JsonObject register(long id, String token) {
        Reply r = Portal.get("/api/v1/reimbursement/registers/" + id + "?lines=0", token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static JsonObject awaitRegister(long id, String token, Predicate<JsonObject> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject r = register(id, token);
        while (!until.test(r)) {
            assertThat(Instant.now()).as("register %d did not get there in time: %s", id, r).isBefore(deadline);
            Thread.sleep(200);
            r = register(id, token);
        }
        return r;
    }

    /** What the database holds for the register and the shop's claims. */
    record Counted(long lines, long distinctClaims, BigDecimal linesTotal, long claimsInRegister, long claimsReady,
                   BigDecimal claimsTotal) {
    }

    static Counted counted(long register, Shop shop) throws SQLException {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("""
                     SELECT (SELECT COUNT(*) FROM payment_register_line WHERE register_id = ? AND active),
                            (SELECT COUNT(DISTINCT claim_id) FROM payment_register_line WHERE register_id = ? AND active),
                            (SELECT COALESCE(SUM(amount), 0) FROM payment_register_line WHERE register_id = ? AND active),
                            (SELECT COUNT(*) FROM claim WHERE supplier_id = ? AND status = 'IN_REGISTER' AND register_id = ?),
                            (SELECT COUNT(*) FROM claim WHERE supplier_id = ? AND status = 'READY'),
                            (SELECT SUM(amount) FROM claim WHERE supplier_id = ?)""")) {
            for (int i : new int[] {1, 2, 3, 5}) {
                s.setLong(i, register);
            }
            for (int i : new int[] {4, 6, 7}) {
                s.setLong(i, shop.supplier().id());
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Counted(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6));
            }
        }
    }

    static List<String> auditActions(long register) {
        String auditor = TestDatabase.userWithRoles("AUDITOR").token();
        return Portal.get("/api/v1/audit?entity=PaymentRegister&id=" + register + "&limit=1000", auditor).jsonArray().stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("action")).toList();
    }

    /** As if the last chunk had been written an hour ago: the build no longer counts as alive. */
    static void makeStale(long register, boolean forgetExecution) throws SQLException {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("UPDATE payment_register SET build_heartbeat_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR"
                     + (forgetExecution ? ", build_execution_id = build_execution_id + 1000000" : "") + " WHERE id = ?")) {
            s.setLong(1, register);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * Runs the portal's jobs (the resumption of interrupted builds among them) until the build was started
     * again: the failed execution may take a moment to end in the batch runtime, and the portal's own
     * schedule may come first.
     */
    static void resumed(long register, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject r = register(register, token);
        while ("BUILDING".equals(r.getString("status")) && r.getJsonObject("build").getInt("attempts") < 2) {
            assertThat(Instant.now()).as("the build of register %d was not resumed: %s", register, r).isBefore(deadline);
            Reply jobs = Portal.request("POST", "/api/v1/platform/jobs").send();
            assertThat(jobs.status()).as(jobs.toString()).isEqualTo(200);
            Thread.sleep(300);
            r = register(register, token);
        }
    }

    private static void assertBuiltOnce(JsonObject built, long id, Shop shop, int claims) throws SQLException {
        assertThat(built.getString("status")).isEqualTo("DRAFT");
        assertThat(built.getInt("lineCount")).isEqualTo(claims);
        JsonObject build = built.getJsonObject("build");
        assertThat(build.getInt("claimsDone")).isEqualTo(claims);
        assertThat(build.getInt("percent")).isEqualTo(100);
        assertThat(build.containsKey("builtAt")).isTrue();
        Counted db = counted(id, shop);
        assertThat(db.lines()).isEqualTo(claims);
        assertThat(db.distinctClaims()).as("no claim is in the register twice").isEqualTo(claims);
        assertThat(db.claimsInRegister()).isEqualTo(claims);
        assertThat(db.claimsReady()).isZero();
        assertThat(db.linesTotal()).isEqualByComparingTo(db.claimsTotal());
        assertThat(built.getJsonNumber("total").bigDecimalValue()).as("the total is the sum of the claims")
                .isEqualByComparingTo(db.claimsTotal());
    }

    @Test
    void aLargeRegisterIsBuiltByTheBatchJobChunkByChunkWithItsProgressOnTheRegister() throws Exception {
        int claims = 1_201;
        Shop shop = shopWithReadyClaims(claims);
        String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));

        Reply accepted = buildInBatch(shop, officer, 100, null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonObject building = accepted.json();
        long id = building.getJsonNumber("id").longValue();
        assertThat(accepted.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/reimbursement/registers/" + id));
        assertThat(building.getString("status")).isEqualTo("BUILDING");
        assertThat(building.getJsonObject("build").getInt("claimsToDo")).isEqualTo(claims);
        assertThat(building.getJsonArray("lines")).isEmpty();

        JsonObject built = awaitRegister(id, officer, r -> !"BUILDING".equals(r.getString("status")));
        assertBuiltOnce(built, id, shop, claims);
        assertThat(built.getJsonObject("build").getInt("attempts")).isEqualTo(1);
        assertThat(register(id, officer).getJsonArray("lines")).as("?lines=0: the register without its lines").isEmpty();
        assertThat(Portal.get("/api/v1/reimbursement/registers/" + id + "?lines=5", officer).json().getJsonArray("lines")).hasSize(5);
        assertThat(Portal.get("/api/v1/reimbursement/registers/" + id, officer).json().getJsonArray("lines")).hasSize(claims);

        List<String> actions = auditActions(id);
        assertThat(actions).filteredOn("LINES_WRITTEN"::equals).as("one audit event per chunk of 100").hasSize(13);
        assertThat(actions).contains("BUILD_REQUESTED", "BUILD_STARTED", "DRAFTED");

        // Every claim is taken: nothing is left for another register, at once or in a batch.
        assertThat(TestRegisters.build(shop, officer, RegistersIT.TODAY).problemCode()).isEqualTo("NO_READY_CLAIMS");

        // Built in batch, its document binds the lines by their digest; the lines come whole from an address of their own.
        String approver = Eds.signIn(DemoKeys.demo("finance-approver", "auth"));
        String document = Portal.get("/api/v1/reimbursement/registers/" + id + "/document", approver).json().getString("content");
        JsonObject content = Json.createReader(new StringReader(document)).readObject();
        assertThat(content.containsKey("lines")).isFalse();
        assertThat(content.getInt("lineCount")).isEqualTo(claims);
        assertThat(document.length()).as("a document of a few hundred bytes, whatever the register's size").isLessThan(2_000);
        Reply lines = Portal.get(content.getString("linesUrl"), approver);
        assertThat(lines.status()).as(lines.toString()).isEqualTo(200);
        assertThat(Sha256.hex(lines.body())).isEqualTo(content.getString("linesSha256"));
        assertThat(CanonicalDocuments.canonical(lines.body())).as("canonical JSON, as a document would list them")
                .isEqualTo(lines.body());
        assertThat(lines.jsonArray()).hasSize(claims);
        assertThat(lines.jsonArray().getJsonObject(0).getJsonObject("supplier").getString("iban")).isNotBlank();

        // The approver's page says what the signature binds and offers those lines.
        FacesBrowser page = new FacesBrowser(approver);
        assertThat(page.open("/akimat/register.xhtml?lang=en&id=" + id).statusCode()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"register-digest-notice\"").contains("does not list this register").contains(claims + " lines: it names their SHA-256")
                .contains("/api/v1/reimbursement/registers/" + id + "/document/lines");

        // A signature over that document no longer fits once a line changes underneath it.
        String signed = DemoKeys.sign(DemoKeys.demo("finance-approver", "sign"), document);
        changeFirstLine(id, new BigDecimal("0.01"));
        try {
            Reply refused = Portal.post("/api/v1/reimbursement/registers/" + id + "/approval", "{\"cms\":\"" + signed + "\"}",
                    approver);
            assertThat(refused.problemCode()).as(refused.toString()).isEqualTo("SIGNATURE_INVALID");
        } finally {
            changeFirstLine(id, new BigDecimal("-0.01"));
        }
        Reply approved = Portal.post("/api/v1/reimbursement/registers/" + id + "/approval", "{\"cms\":\"" + signed + "\"}",
                approver);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getJsonArray("lines")).as("answered as ?lines=0").isEmpty();
    }

    private static void changeFirstLine(long register, BigDecimal by) throws SQLException {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE payment_register_line SET amount = amount + ? WHERE register_id = ? ORDER BY id LIMIT 1")) {
            s.setBigDecimal(1, by);
            s.setLong(2, register);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aBuildThatFailedMidwayIsRestartedFromItsCheckpointAndCountsNoClaimTwice() throws Exception {
        int claims = 1_000;
        Shop shop = shopWithReadyClaims(claims);
        String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
        Reply accepted = buildInBatch(shop, officer, 100, 4);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long id = accepted.json().getJsonNumber("id").longValue();

        JsonObject failed = awaitRegister(id, officer, r -> r.getJsonObject("build").containsKey("failure"));
        assertThat(failed.getString("status")).isEqualTo("BUILDING");
        assertThat(failed.getJsonObject("build").getString("failure")).contains("fail after 4 chunks");
        assertThat(failed.getJsonObject("build").getInt("claimsDone")).isEqualTo(400);
        Counted midway = counted(id, shop);
        assertThat(midway.lines()).isEqualTo(400);
        assertThat(midway.claimsInRegister()).isEqualTo(400);
        assertThat(midway.claimsReady()).isEqualTo(600);
        // The register's page shows the progress, in a bar and in words, and why the build stopped; the list says how far it
        // got (in Kazakh, the pages' first language).
        FacesBrowser page = new FacesBrowser(officer);
        assertThat(page.open("/akimat/register.xhtml?id=" + id).statusCode()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"register-build-bar\"").contains("max=\"1000\"").contains("value=\"400\"")
                .contains("1000 өтінімнің 400 өтінімі өңделді (40 %)").contains("id=\"register-build-stopped\"")
                .contains("fail after 4 chunks").contains("register-progress.js").doesNotContain("id=\"lines\"");
        page.open("/akimat/registers.xhtml");
        assertThat(page.html()).contains("R-" + id).contains("Құрастырылуда, 40 %");

        // Half built: neither signed nor discarded.
        assertThat(Portal.get("/api/v1/reimbursement/registers/" + id + "/document", officer).problemCode()).isEqualTo("REGISTER_BUILDING");
        assertThat(Portal.request("DELETE", "/api/v1/reimbursement/registers/" + id).token(officer).send().problemCode())
                .isEqualTo("REGISTER_BUILDING");

        // A failed build waits until it is stale (kepil.reimbursement.batch-stale), then its execution is restarted.
        Portal.request("POST", "/api/v1/platform/jobs").send();
        assertThat(register(id, officer).getJsonObject("build").getInt("attempts")).isEqualTo(1);
        makeStale(id, false);
        resumed(id, officer);

        JsonObject built = awaitRegister(id, officer, r -> !"BUILDING".equals(r.getString("status")));
        assertBuiltOnce(built, id, shop, claims);
        assertThat(built.getJsonObject("build").getInt("attempts")).isEqualTo(2);
        assertThat(built.getJsonObject("build").containsKey("failure")).isFalse();
        List<String> actions = auditActions(id);
        assertThat(actions).contains("BUILD_INTERRUPTED", "BUILD_RESTARTED").doesNotContain("BUILD_RESUMED");
        page.open("/akimat/register.xhtml?id=" + id);
        assertThat(page.html()).doesNotContain("id=\"register-build-bar\"").contains("id=\"lines\"")
                .contains("1000 жолдың алғашқы 500 жолы көрсетілген.");
        assertThat(actions).filteredOn("LINES_WRITTEN"::equals).hasSize(10);
    }

    @Test
    void aBuildLeftByAPortalThatWentDownIsStartedAfreshAfterItsLastChunk() throws Exception {
        int claims = 750;
        Shop shop = shopWithReadyClaims(claims);
        String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
        Reply accepted = buildInBatch(shop, officer, 100, 3);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long id = accepted.json().getJsonNumber("id").longValue();
        awaitRegister(id, officer, r -> r.getJsonObject("build").containsKey("failure"));
        assertThat(counted(id, shop).lines()).isEqualTo(300);

        // The runtime no longer knows the execution, as after a restart of the portal: a fresh start.
        makeStale(id, true);
        resumed(id, officer);

        JsonObject built = awaitRegister(id, officer, r -> !"BUILDING".equals(r.getString("status")));
        assertBuiltOnce(built, id, shop, claims);
        assertThat(built.getJsonObject("build").getInt("attempts")).isEqualTo(2);
        List<String> actions = auditActions(id);
        assertThat(actions).contains("BUILD_INTERRUPTED", "BUILD_RESUMED").doesNotContain("BUILD_RESTARTED");
        assertThat(actions).filteredOn("LINES_WRITTEN"::equals)
                .as("3 chunks of 100, then the other 450 claims in one chunk of the portal's size (1000)").hasSize(4);
    }

    @Test
    void belowTheThresholdARegisterIsStillBuiltAtOnce() throws Exception {
        Shop shop = shopWithReadyClaims(150);
        String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
        Reply built = buildInBatch(shop, officer, 100, null);
        assertThat(built.status()).as(built.toString()).isEqualTo(201);
        assertThat(built.json().getString("status")).isEqualTo("DRAFT");
        assertThat(built.json().getJsonArray("lines")).hasSize(150);
        assertThat(built.json().containsKey("build")).isFalse();
    }
}
