package kz.kepil.reimbursement;

import jakarta.json.JsonObject;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestBudgets;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Buyer;
import kz.kepil.testsupport.TestOrders.Shop;
import kz.kepil.testsupport.TestSuppliers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Akimat budgets: allocated by the authority, read by finance and auditors, reserved by signed orders,
 * released by orders that end undelivered, and never overspent, also by signings at the same moment.
 * The tests that squeeze a budget use Shymkent (SD-79) and give it back its demo allocation after.
 */
class BudgetIT {

    private static final String SQUEEZED = "KZ-79";
    private static final String DEMO_ALLOCATION = "1000000000.00";

    private static JsonObject budget(String akimat) {
        Reply r = Portal.get("/api/v1/akimats/" + akimat + "/budget", TestDatabase.userWithRoles("AUDITOR").token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static Reply allocate(String akimat, int year, String amount) {
        return Portal.request("PUT", "/api/v1/akimats/" + akimat + "/budget/" + year).token(TestSuppliers.authority())
                .json("{\"allocated\":" + amount + "}").send();
    }

    /** Leaves exactly {@code room} available in the akimat's budget for this year. */
    private static void leaveAvailable(String akimat, BigDecimal room) {
        JsonObject b = budget(akimat);
        BigDecimal allocated = amount(b, "committed").add(amount(b, "spent")).add(room);
        Reply r = allocate(akimat, b.getInt("year"), allocated.toPlainString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(amount(r.json(), "available")).isEqualByComparingTo(room);
    }

    @Test
    void theAuthorityAllocatesAndFinanceOfTheAkimatAndAuditorsRead() {
        Reply allocated = allocate("SD-10", 2099, "12345.67");
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        assertThat(amount(allocated.json(), "allocated")).isEqualByComparingTo("12345.67");
        assertThat(amount(allocated.json(), "available")).isEqualByComparingTo("12345.67");

        Reply read = Portal.get("/api/v1/akimats/SD-10/budget?year=2099", TestDatabase.userWithRoles("AUDITOR").token());
        assertThat(read.json().getString("akimatCode")).isEqualTo("SD-10");
        assertThat(amount(read.json(), "committed")).isEqualByComparingTo("0");
        assertThat(amount(read.json(), "spent")).isEqualByComparingTo("0");

        String finance = TestDatabase.userWithRoles("FINANCE_OFFICER").token(); // of SD-75
        assertThat(Portal.get("/api/v1/akimats/SD-75/budget", finance).status()).isEqualTo(200);
        assertThat(Portal.get("/api/v1/akimats/SD-10/budget?year=2099", finance).status()).isEqualTo(404);
        assertThat(Portal.get("/api/v1/akimats/SD-75/budget", TestDatabase.userWithRoles("BENEFICIARY").token()).status())
                .isEqualTo(403);
        assertThat(Portal.request("PUT", "/api/v1/akimats/SD-75/budget/2099").token(finance).json("{\"allocated\":1}")
                .send().status()).isEqualTo(403);
        assertThat(allocate("SD-10", 2099, "-1").status()).isEqualTo(400);
        assertThat(allocate("SD-00", 2099, "1").status()).isEqualTo(404);
        assertThat(Portal.get("/api/v1/audit?entity=Budget&id=SD-10/2099", TestDatabase.userWithRoles("AUDITOR").token())
                .body()).contains("ALLOCATED");
    }

    @Test
    void aSignedOrderReservesItsStateAmountAndARefusalReleasesIt() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        BigDecimal before = amount(budget("SD-75"), "committed");
        long id = TestOrders.submitted(shop, buyer, 4);
        BigDecimal state = amount(TestOrders.order(buyer, id), "stateAmount");
        assertThat(state).isEqualByComparingTo(shop.sum().multiply(BigDecimal.valueOf(4)));
        List<JsonObject> lines = TestBudgets.movements("SD-75", id, TestDatabase.userWithRoles("AUDITOR").token());
        assertThat(lines).singleElement().satisfies(m -> {
            assertThat(m.getString("kind")).isEqualTo("RESERVE");
            assertThat(amount(m, "amount")).isEqualByComparingTo(state);
        });
        assertThat(amount(budget("SD-75"), "committed").subtract(before)).isGreaterThanOrEqualTo(state);

        String path = "/api/v1/orders/" + id + "/refusal";
        String content = Portal.get(path + "/document?reason=NO_GOODS", shop.supplier().token()).json().getString("content");
        Reply refused = Portal.post(path, "{\"reason\":\"NO_GOODS\",\"cms\":\""
                + kz.kepil.testsupport.DemoKeys.sign(shop.supplier().head().signing(), content) + "\"}", shop.supplier().token());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(TestBudgets.movements("SD-75", id, TestDatabase.userWithRoles("AUDITOR").token())).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "RELEASE");
        assertThat(amount(TestBudgets.movements("SD-75", id, TestDatabase.userWithRoles("AUDITOR").token()).get(1), "amount")).isEqualByComparingTo(state);
    }

    @Test
    void aCancelledOrderReleasesAndAnUnsignedDraftNeverReserved() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        long draft = TestOrders.draft(shop, buyer, 1);
        assertThat(TestBudgets.movements("SD-75", draft, TestDatabase.userWithRoles("AUDITOR").token())).isEmpty();
        long id = TestOrders.submitted(shop, buyer, 2);
        Reply cancelled = Portal.post("/api/v1/orders/" + id + "/cancellation", "{\"reason\":\"no longer needed\"}",
                buyer.user().token());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(TestBudgets.movements("SD-75", id, TestDatabase.userWithRoles("AUDITOR").token())).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "RELEASE");
        assertThat(TestBudgets.movements("SD-75", draft, TestDatabase.userWithRoles("AUDITOR").token())).isEmpty();
    }

    @Test
    void aSigningThatWouldOverspendTheBudgetIsRefusedAndTheOrderStaysUnsigned() {
        Shop shop = TestOrders.shop(SQUEEZED);
        Buyer buyer = TestOrders.buyer(shop, 10);
        long id = TestOrders.draft(shop, buyer, 3);
        BigDecimal state = amount(TestOrders.order(buyer, id), "stateAmount");
        int year = budget(shop.akimat()).getInt("year");
        try {
            leaveAvailable(shop.akimat(), state.subtract(new BigDecimal("0.01")));
            Reply refused = TestOrders.sign(buyer, id);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.problemCode()).isEqualTo("BUDGET_EXCEEDED");
            assertThat(TestOrders.order(buyer, id).getString("status")).isEqualTo("DRAFT");
            assertThat(Portal.get("/api/v1/entitlements/" + buyer.measureId(), buyer.user().token()).json().getString("status"))
                    .isEqualTo("SELECTABLE");
            assertThat(TestBudgets.movements(shop.akimat(), id, TestDatabase.userWithRoles("AUDITOR").token())).isEmpty();
            assertThat(amount(budget(shop.akimat()), "available")).isEqualByComparingTo(state.subtract(new BigDecimal("0.01")));

            leaveAvailable(shop.akimat(), state);
            Reply signed = TestOrders.sign(buyer, id);
            assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
            assertThat(amount(budget(shop.akimat()), "available")).isEqualByComparingTo("0");
            assertThat(allocate(shop.akimat(), year, "0").problemCode()).isEqualTo("BUDGET_BELOW_COMMITMENTS");
        } finally {
            allocate(shop.akimat(), year, DEMO_ALLOCATION);
        }
    }

    @Test
    void anAkimatWithoutABudgetForTheYearSignsNoOrder() throws Exception {
        Shop shop = TestOrders.shop("KZ-62");
        Buyer buyer = TestOrders.buyer(shop, 10);
        long id = TestOrders.draft(shop, buyer, 1);
        int year = budget(shop.akimat()).getInt("year");
        try {
            try (java.sql.Connection c = TestDatabase.connect()) {
                for (String sql : List.of("DELETE m FROM budget_movement m JOIN budget b ON b.id = m.budget_id"
                        + " WHERE b.akimat_code = ? AND b.budget_year = ?", "DELETE FROM budget WHERE akimat_code = ? AND budget_year = ?")) {
                    try (java.sql.PreparedStatement delete = c.prepareStatement(sql)) {
                        delete.setString(1, shop.akimat());
                        delete.setInt(2, year);
                        delete.executeUpdate();
                    }
                }
            }
            assertThat(amount(budget(shop.akimat()), "available")).isEqualByComparingTo("0");
            Reply refused = TestOrders.sign(buyer, id);
            assertThat(refused.problemCode()).as(refused.toString()).isEqualTo("BUDGET_EXCEEDED");
            assertThat(refused.json().getString("detail")).contains("No budget is allocated");
            assertThat(TestOrders.order(buyer, id).getString("status")).isEqualTo("DRAFT");
        } finally {
            allocate(shop.akimat(), year, DEMO_ALLOCATION);
        }
        assertThat(TestOrders.sign(buyer, id).status()).isEqualTo(200);
    }

    @Test
    void twoSigningsAtOnceNeverOverspend() throws Exception {
        Shop shop = TestOrders.shop(SQUEEZED);
        Buyer first = TestOrders.buyer(shop, 10);
        Buyer second = TestOrders.buyer(shop, 10);
        long a = TestOrders.draft(shop, first, 2);
        long b = TestOrders.draft(shop, second, 2);
        BigDecimal state = amount(TestOrders.order(first, a), "stateAmount");
        int year = budget(shop.akimat()).getInt("year");
        String bodyA = signature(first, a);
        String bodyB = signature(second, b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            leaveAvailable(shop.akimat(), state.add(state).subtract(new BigDecimal("0.01")));
            List<Callable<Reply>> both = List.of(
                    () -> Portal.post("/api/v1/orders/" + a + "/signature", bodyA, first.user().token()),
                    () -> Portal.post("/api/v1/orders/" + b + "/signature", bodyB, second.user().token()));
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : pool.invokeAll(both)) {
                replies.add(f.get());
            }
            assertThat(replies).extracting(Reply::status).as(replies.toString()).containsExactlyInAnyOrder(200, 422);
            assertThat(replies).extracting(Reply::problemCode).contains("BUDGET_EXCEEDED");
            JsonObject after = budget(shop.akimat());
            assertThat(amount(after, "available")).isEqualByComparingTo(state.subtract(new BigDecimal("0.01")));
            assertThat(amount(after, "committed").add(amount(after, "spent"))).isLessThanOrEqualTo(amount(after, "allocated"));
        } finally {
            pool.shutdownNow();
            allocate(shop.akimat(), year, DEMO_ALLOCATION);
        }
    }

    private static String signature(Buyer buyer, long orderId) {
        String content = Portal.get("/api/v1/orders/" + orderId + "/document", buyer.user().token()).json().getString("content");
        return "{\"cms\":\"" + kz.kepil.testsupport.DemoKeys.sign(buyer.keys().signing(), content) + "\"}";
    }
}
