package kz.kepil.ordering;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestBudgets;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestNotices;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Buyer;
import kz.kepil.testsupport.TestOrders.Shop;
import kz.kepil.testsupport.TestRegisters;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hourly services paid monthly against acts: an accepted personal-assistant order stays in service; its
 * supplier files a signed act per ended month (at most 8 hours a day, days from the acceptance on, within
 * the hours ordered, once a month), the beneficiary confirms it, the act becomes a claim that is checked,
 * registered and paid, and the budget spends only that act's amount; the last act completes the order.
 */
class ServiceActsIT {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static String days(Map<LocalDate, Integer> days) {
        return days.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    private static String json(Map<LocalDate, Integer> days) {
        return days.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    /** The act document of the sheet, signed by the supplier's head and posted with the same sheet. */
    private static Reply file(Shop shop, String token, long order, YearMonth month, Map<LocalDate, Integer> sheet) {
        Reply document = Portal.get("/api/v1/orders/" + order + "/acts/document?month=" + month + "&days=" + days(sheet), token);
        if (document.status() != 200) {
            return document;
        }
        String cms = DemoKeys.sign(shop.supplier().head().signing(), document.json().getString("content"));
        return Portal.post("/api/v1/orders/" + order + "/acts", "{\"month\":\"" + month + "\",\"days\":" + json(sheet)
                + ",\"cms\":\"" + cms + "\"}", token);
    }

    private static Reply confirm(Buyer buyer, String token, long order, long act) {
        return Eds.signDocument("/api/v1/orders/" + order + "/acts/" + act + "/document",
                "/api/v1/orders/" + order + "/acts/" + act + "/confirmation", buyer.keys().signing(), token);
    }

    private static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static JsonObject claimOfAct(Shop shop, String officer, long act) {
        return Portal.get("/api/v1/reimbursement/claims?supplierId=" + shop.supplier().id(), officer).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(c -> c.containsKey("actId") && c.getJsonNumber("actId").longValue() == act)
                .findFirst().orElseThrow();
    }

    /** A personal-assistant order of {@code hours} the supplier has accepted: in service; its id. */
    private static long inService(Shop shop, Buyer buyer, int hours) {
        long order = TestOrders.submitted(shop, buyer, hours);
        assertThat(TestOrders.supplierSigns(shop, order, "acceptance").status()).isEqualTo(200);
        return order;
    }

    /**
     * The officer builds the register of the shop's ready claims around {@code today}, expecting {@code lines}
     * of them, and the demo approver signs it; its id.
     */
    private static long approvedRegister(Shop shop, String officer, LocalDate today, int lines) {
        Reply built = TestRegisters.build(shop, officer, today);
        assertThat(built.status()).as(built.toString()).isEqualTo(201);
        long register = built.json().getJsonNumber("id").longValue();
        assertThat(built.json().getJsonArray("lines")).hasSize(lines);
        Reply approved = TestRegisters.approveAsDemoApprover(register);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return register;
    }

    @Test
    void aPersonalAssistantIsPaidMonthByMonthAgainstConfirmedActs() {
        Shop shop = TestOrders.shopOf("KZ-75", "PAS-HOUR");
        Buyer buyer = TestOrders.buyer(shop, 40);
        long order = inService(shop, buyer, 6);
        JsonObject accepted = TestOrders.order(buyer, order);
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        BigDecimal perHour = amount(accepted, "stateAmount").divide(BigDecimal.valueOf(6));
        BigDecimal topUpPerHour = amount(accepted, "topUp").divide(BigDecimal.valueOf(6));
        String auditor = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());
        assertThat(TestBudgets.movements("SD-75", order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE");

        assertThat(Portal.get("/api/v1/orders/" + order + "/delivery-act/document", shop.supplier().token()).problemCode())
                .isEqualTo("SERVICE_ORDER_USES_MONTHLY_ACTS");
        assertThat(Portal.post("/api/v1/orders/" + order + "/delivery-act/signature", "{\"cms\":\"MA==\"}",
                shop.supplier().token()).problemCode()).isEqualTo("SERVICE_ORDER_USES_MONTHLY_ACTS");
        LocalDate acceptedOn = LocalDate.now(ALMATY);
        YearMonth month = YearMonth.from(acceptedOn);
        assertThat(file(shop, shop.supplier().token(), order, month, Map.of(acceptedOn, 4)).problemCode())
                .isEqualTo("ACT_MONTH_NOT_ENDED");

        String beneficiary = TestDatabase.longSession(buyer.user().id());
        try {
            // The 12th of the next month: the act for this month was due by the 10th, it is late but taken.
            Portal.moveClock(month.plusMonths(1).atDay(12).atTime(11, 0).atZone(ALMATY).toInstant());
            String supplier = shop.supplier().headToken();
            assertThat(file(shop, supplier, order, month, Map.of(acceptedOn, 9)).problemCode()).isEqualTo("ACT_DAILY_HOURS_EXCEEDED");
            assertThat(file(shop, supplier, order, month, Map.of(month.plusMonths(1).atDay(1), 2)).problemCode())
                    .isEqualTo("ACT_DAY_OUTSIDE_MONTH");
            if (acceptedOn.getDayOfMonth() > 1) {
                assertThat(file(shop, supplier, order, month, Map.of(acceptedOn.minusDays(1), 2)).problemCode())
                        .isEqualTo("ACT_DAY_BEFORE_ACCEPTANCE");
            }
            assertThat(file(shop, supplier, order, month, Map.of(acceptedOn, 7)).problemCode()).isEqualTo("ACT_HOURS_EXCEED_ORDER");
            assertThat(file(shop, supplier, order, month.plusMonths(1), Map.of(month.plusMonths(1).atDay(2), 2)).problemCode())
                    .isEqualTo("ACT_MONTH_NOT_ENDED");

            Reply filed = file(shop, supplier, order, month, Map.of(acceptedOn, 4));
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            JsonObject act = filed.json();
            long actId = act.getJsonNumber("id").longValue();
            assertThat(act.getString("status")).isEqualTo("SUBMITTED");
            assertThat(act.getInt("hours")).isEqualTo(4);
            assertThat(act.getString("dueBy")).isEqualTo(month.plusMonths(1).atDay(10).toString());
            assertThat(act.getBoolean("late")).isTrue();
            assertThat(amount(act, "stateAmount")).isEqualByComparingTo(perHour.multiply(BigDecimal.valueOf(4)));
            assertThat(amount(act, "topUp")).isEqualByComparingTo(topUpPerHour.multiply(BigDecimal.valueOf(4)));
            assertThat(file(shop, supplier, order, month, Map.of(acceptedOn, 1)).problemCode()).isEqualTo("ACT_ALREADY_FILED");
            assertThat(Portal.get("/api/v1/orders/" + order + "/acts", beneficiary).jsonArray()).hasSize(1);
            assertThat(TestNotices.texts(beneficiary, "ORDER_ACT_FILED")).as("the beneficiary is asked to confirm")
                    .anySatisfy(t -> assertThat(t).contains("O-" + order).contains(month.toString()).contains("4 h"));

            String document = Portal.get("/api/v1/orders/" + order + "/acts/" + actId + "/document", beneficiary).json()
                    .getString("content");
            assertThat(document).contains("\"documentType\":\"SERVICE_ACT_CONFIRMATION\"").contains("\"hours\":4");
            Reply confirmed = confirm(buyer, beneficiary, order, actId);
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            assertThat(confirmed.json().getString("status")).isEqualTo("CONFIRMED");
            assertThat(confirm(buyer, beneficiary, order, actId).problemCode()).isEqualTo("ACT_ALREADY_CONFIRMED");
            assertThat(TestNotices.texts(supplier, "SUPPLIER_ACT_CONFIRMED")).as("the supplier learns the act goes to payment")
                    .anySatisfy(t -> assertThat(t).contains("O-" + order).contains(month.toString()));
            assertThat(Portal.get("/api/v1/orders/" + order, beneficiary).json().getString("status"))
                    .as("2 of 6 hours are still to be served").isEqualTo("ACCEPTED");

            Portal.runJobs();
            String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
            JsonObject claim = claimOfAct(shop, officer, actId);
            assertThat(claim.getString("status")).as(claim.toString()).isEqualTo("READY");
            assertThat(claim.getBoolean("actLate")).isTrue();
            assertThat(claim.getString("actMonth")).isEqualTo(month.toString());
            assertThat(amount(claim, "amount")).isEqualByComparingTo(amount(act, "stateAmount"));
            assertThat(claim.getJsonArray("checks").stream().map(JsonValue::asJsonObject).map(c -> c.getString("name")).toList())
                    .contains("ACT_SIGNATURE", "ACT_CONFIRMATION_SIGNATURE").doesNotContain("DELIVERY_SIGNATURE");

            LocalDate today = month.plusMonths(1).atDay(12);
            long register = approvedRegister(shop, officer, today, 1);
            JsonObject before = Portal.get("/api/v1/akimats/SD-75/budget?year=" + acceptedOn.getYear(), officer).json();
            Reply paid = Portal.post("/api/v1/reimbursement/registers/" + register + "/payment",
                    "{\"bankReference\":\"ACT-" + actId + "\",\"paidOn\":\"" + today + "\"}", officer);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            JsonObject after = Portal.get("/api/v1/akimats/SD-75/budget?year=" + acceptedOn.getYear(), officer).json();
            assertThat(amount(after, "spent").subtract(amount(before, "spent"))).as("only the act's amount is spent")
                    .isEqualByComparingTo(amount(act, "stateAmount"));
            assertThat(amount(before, "committed").subtract(amount(after, "committed"))).isEqualByComparingTo(amount(act, "stateAmount"));
            assertThat(claimOfAct(shop, officer, actId).getString("status")).isEqualTo("REIMBURSED");
            assertThat(Portal.get("/api/v1/orders/" + order, auditor).json().getString("status")).isEqualTo("ACCEPTED");
            assertThat(TestBudgets.movements("SD-75", order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "SPEND");

            // The next month's act, filed in time, brings the hours to those ordered: the order is complete and
            // what its acts did not claim goes back to the budget.
            YearMonth next = month.plusMonths(1);
            Portal.moveClock(next.plusMonths(1).atDay(3).atTime(11, 0).atZone(ALMATY).toInstant());
            String supplierAgain = shop.supplier().headToken();
            Reply second = file(shop, supplierAgain, order, next, Map.of(next.atDay(1), 2));
            assertThat(second.status()).as(second.toString()).isEqualTo(201);
            assertThat(second.json().getBoolean("late")).isFalse();
            long secondId = second.json().getJsonNumber("id").longValue();
            assertThat(confirm(buyer, beneficiary, order, secondId).status()).isEqualTo(200);
            assertThat(Portal.get("/api/v1/orders/" + order, beneficiary).json().getString("status")).isEqualTo("COMPLETED");
            assertThat(TestBudgets.movements("SD-75", order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "SPEND", "RELEASE");
            assertThat(amount(TestBudgets.movements("SD-75", order, auditor).get(2), "amount")).as("six hours ordered, six acted: nothing left")
                    .isEqualByComparingTo(BigDecimal.ZERO);
            Portal.runJobs();
            assertThat(claimOfAct(shop, Eds.signIn(DemoKeys.demo("finance-officer", "auth")), secondId).getString("status"))
                    .isEqualTo("READY");
        } finally {
            Portal.resetClock();
        }
    }

    @Test
    void twoMonthsOfOneOrderArePaidInOneRegisterAsTwoTransfersAndTheOrderIsThenReimbursed() {
        Shop shop = TestOrders.shopOf("KZ-75", "PAS-HOUR");
        Buyer buyer = TestOrders.buyer(shop, 40);
        long order = inService(shop, buyer, 6);
        LocalDate acceptedOn = LocalDate.now(ALMATY);
        YearMonth first = YearMonth.from(acceptedOn);
        YearMonth second = first.plusMonths(1);
        String beneficiary = TestDatabase.longSession(buyer.user().id());
        try {
            LocalDate today = second.plusMonths(1).atDay(3);
            Portal.moveClock(today.atTime(11, 0).atZone(ALMATY).toInstant());
            String supplier = shop.supplier().headToken();
            Reply firstAct = file(shop, supplier, order, first, Map.of(acceptedOn, 2));
            assertThat(firstAct.status()).as(firstAct.toString()).isEqualTo(201);
            Reply secondAct = file(shop, supplier, order, second, Map.of(second.atDay(1), 4));
            assertThat(secondAct.status()).as(secondAct.toString()).isEqualTo(201);
            long firstId = firstAct.json().getJsonNumber("id").longValue();
            long secondId = secondAct.json().getJsonNumber("id").longValue();
            assertThat(confirm(buyer, beneficiary, order, firstId).status()).isEqualTo(200);
            assertThat(confirm(buyer, beneficiary, order, secondId).status()).isEqualTo(200);
            assertThat(Portal.get("/api/v1/orders/" + order, beneficiary).json().getString("status")).isEqualTo("COMPLETED");

            Portal.runJobs();
            String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
            long firstClaim = claimOfAct(shop, officer, firstId).getJsonNumber("id").longValue();
            long secondClaim = claimOfAct(shop, officer, secondId).getJsonNumber("id").longValue();
            long register = approvedRegister(shop, officer, today, 2);

            // The bank is asked for two transfers, each with a reference of its own to reconcile the statement by.
            Reply bankFile = Portal.get("/api/v1/reimbursement/registers/" + register + "/payment-file", officer);
            assertThat(bankFile.status()).as(bankFile.toString()).isEqualTo(200);
            assertThat(bankFile.body()).contains("<NbOfTxs>2</NbOfTxs>")
                    .contains("<EndToEndId>O-" + order + "-C" + firstClaim + "</EndToEndId>")
                    .contains("<EndToEndId>O-" + order + "-C" + secondClaim + "</EndToEndId>");

            Reply paid = Portal.post("/api/v1/reimbursement/registers/" + register + "/payment",
                    "{\"bankReference\":\"ACTS-" + order + "\",\"paidOn\":\"" + today + "\"}", officer);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            assertThat(claimOfAct(shop, officer, firstId).getString("status")).isEqualTo("REIMBURSED");
            assertThat(claimOfAct(shop, officer, secondId).getString("status")).isEqualTo("REIMBURSED");
            assertThat(Portal.get("/api/v1/orders/" + order, beneficiary).json().getString("status"))
                    .as("completed, and every act of it paid").isEqualTo("REIMBURSED");
        } finally {
            Portal.resetClock();
        }
    }

    @Test
    void afterTheBeneficiarysDeathTheActForTheTimeBeforeIsFiledWithinAMonthWithoutTheirSignature() {
        Shop shop = TestOrders.shopOf("KZ-75", "PAS-HOUR");
        Buyer buyer = TestOrders.buyer(shop, 40);
        long order = inService(shop, buyer, 20);
        LocalDate acceptedOn = LocalDate.now(ALMATY);
        YearMonth month = YearMonth.from(acceptedOn);
        LocalDate died = month.plusMonths(1).atDay(2);
        String auditor = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());
        try {
            Portal.moveClock(month.plusMonths(1).atDay(5).atTime(11, 0).atZone(ALMATY).toInstant());
            String esobes = TestDatabase.longSession(TestDatabase.userWithRoles("ESOBES").id());
            Reply death = Portal.post("/api/v1/integration/esobes/events",
                    "{\"type\":\"DEATH\",\"iin\":\"" + buyer.user().iin() + "\",\"date\":\"" + died + "\"}", esobes);
            assertThat(death.status()).as(death.toString()).isEqualTo(200);
            assertThat(Portal.get("/api/v1/orders/" + order, auditor).json().getString("status")).isEqualTo("RETURNED");
            assertThat(TestBudgets.movements("SD-75", order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "RELEASE");

            String supplier = shop.supplier().headToken();
            YearMonth deathMonth = month.plusMonths(1);
            assertThat(file(shop, supplier, order, deathMonth, Map.of(died.plusDays(1), 2)).problemCode())
                    .isEqualTo("ACT_DAY_AFTER_DEATH");
            Reply before = file(shop, supplier, order, deathMonth, Map.of(deathMonth.atDay(1), 3, died, 2));
            assertThat(before.status()).as("the month of the death, at once").isEqualTo(201);
            Reply filed = file(shop, supplier, order, month, Map.of(acceptedOn, 4));
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            assertThat(filed.json().getString("status")).as("confirmed without the beneficiary").isEqualTo("CONFIRMED");
            assertThat(filed.json().containsKey("confirmationSignatureId")).isFalse();
            long act = filed.json().getJsonNumber("id").longValue();
            assertThat(TestBudgets.movements("SD-75", order, auditor)).extracting(m -> m.getString("kind"))
                    .containsExactly("RESERVE", "RELEASE", "RESERVE", "RESERVE");

            Portal.runJobs();
            JsonObject claim = claimOfAct(shop, Eds.signIn(DemoKeys.demo("finance-officer", "auth")), act);
            assertThat(claim.getString("status")).as(claim.toString()).isEqualTo("READY");
            assertThat(claim.getJsonArray("checks").stream().map(JsonValue::asJsonObject).map(c -> c.getString("name")).toList())
                    .contains("ACT_SIGNATURE", "BENEFICIARY_DECEASED").doesNotContain("ACT_CONFIRMATION_SIGNATURE");

            Portal.moveClock(died.plusMonths(1).plusDays(1).atTime(11, 0).atZone(ALMATY).toInstant());
            assertThat(file(shop, shop.supplier().headToken(), order, month.minusMonths(1), Map.of(acceptedOn, 1)).problemCode())
                    .isEqualTo("ACT_FILING_PERIOD_ENDED");
        } finally {
            Portal.resetClock();
        }
    }
}
