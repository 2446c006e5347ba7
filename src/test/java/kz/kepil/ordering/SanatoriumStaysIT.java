package kz.kepil.ordering;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.ordering.domain.SanatoriumStay;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzWorkingCalendar;
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
import kz.kepil.testsupport.TestSuppliers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sanatorium stays in the order flow, through the API with real signatures and the portal's clock: the day of
 * arrival asked when ordering, cancellation by the beneficiary or the sanatorium until three working days
 * before arrival, arrival and departure recorded before the act of services rendered, and a no-show that
 * puts the entitlement back in the general queue.
 */
class SanatoriumStaysIT {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final KzWorkingCalendar CALENDAR = KzWorkingCalendar.standard();

    private static void moveClock(LocalDate day, LocalTime time) {
        Portal.moveClock(day.atTime(time).atZone(ALMATY).toInstant());
    }

    private static JsonObject entitlement(String token, long measureId) {
        return Portal.get("/api/v1/me/entitlements", token).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == measureId).findFirst().orElseThrow();
    }

    private static Reply record(Shop shop, String token, long order, String what, LocalDate date) {
        return Portal.post("/api/v1/orders/" + order + "/" + what, date == null ? "" : "{\"date\":\"" + date + "\"}", token);
    }

    private static Reply cancel(long order, String reason, String token) {
        return Portal.post("/api/v1/orders/" + order + "/cancellation", "{\"reason\":\"" + reason + "\"}", token);
    }

    @Test
    void aStayIsOrderedWithItsArrivalAndGoesFromDraftToCompletedAndAReadyClaim() {
        Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-14");
        Buyer buyer = TestOrders.buyer(shop, 1);
        LocalDate earliest = TestOrders.earliestArrival();

        assertThat(TestOrders.stayDraft(shop, buyer, null).problemCode()).isEqualTo("ARRIVAL_DATE_REQUIRED");
        Reply early = TestOrders.stayDraft(shop, buyer, earliest.minusDays(1));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.problemCode()).isEqualTo("ARRIVAL_TOO_EARLY");
        LocalDate validTo = LocalDate.parse(entitlement(buyer.user().token(), buyer.measureId()).getString("iprValidTo"));
        assertThat(TestOrders.stayDraft(shop, buyer, validTo.plusDays(1)).problemCode()).isEqualTo("ARRIVAL_AFTER_ENTITLEMENT");

        LocalDate arrival = earliest.plusDays(7);
        Reply draft = TestOrders.stayDraft(shop, buyer, arrival);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long order = draft.json().getJsonNumber("id").longValue();
        LocalDate lastDay = arrival.plusDays(13);
        LocalDate lastToCancel = SanatoriumStay.lastCancellationDay(arrival, CALENDAR);
        assertThat(draft.json().getString("arrivalDate")).isEqualTo(arrival.toString());
        assertThat(draft.json().getString("departureDue")).isEqualTo(lastDay.toString());
        assertThat(draft.json().getString("cancellableLastDay")).isEqualTo(lastToCancel.toString());
        assertThat(Instant.parse(draft.json().getString("cancellableUntil")))
                .isEqualTo(lastToCancel.plusDays(1).atStartOfDay(ALMATY).toInstant());
        String document = Portal.get("/api/v1/orders/" + order + "/document", buyer.user().token()).json().getString("content");
        assertThat(document).as("the beneficiary signs the dates of the stay")
                .contains("\"arrivalDate\":\"" + arrival + "\"").contains("\"departureDue\":\"" + lastDay + "\"");
        assertThat(TestOrders.sign(buyer, order).status()).isEqualTo(200);
        assertThat(TestOrders.supplierSigns(shop, order, "acceptance").status()).isEqualTo(200);

        String supplier = shop.supplier().token();
        assertThat(Portal.get("/api/v1/orders/" + order + "/delivery-act/document", supplier).problemCode())
                .isEqualTo("DEPARTURE_NOT_RECORDED");
        assertThat(record(shop, supplier, order, "departure", TestOrders.earliestArrival()).problemCode())
                .isEqualTo("ARRIVAL_NOT_RECORDED");
        assertThat(record(shop, supplier, order, "arrival", arrival).problemCode()).as("not yet").isEqualTo("DATE_IN_FUTURE");

        String beneficiary = TestDatabase.longSession(buyer.user().id());
        try {
            moveClock(arrival, LocalTime.of(10, 0));
            String staff = shop.supplier().headToken();
            assertThat(record(shop, staff, order, "arrival", arrival.minusDays(1)).problemCode()).isEqualTo("ARRIVAL_OUTSIDE_STAY");
            Reply arrived = record(shop, staff, order, "arrival", arrival);
            assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
            assertThat(arrived.json().getString("arrivedOn")).isEqualTo(arrival.toString());
            BigDecimal due = Portal.get("/api/v1/orders/" + order, staff).json().getJsonNumber("topUp").bigDecimalValue();
            if (due.signum() > 0) {
                Reply topUp = Portal.post("/api/v1/orders/" + order + "/top-up-receipt", "{\"amount\":"
                        + due.toPlainString() + ",\"reference\":\"S-" + order + "\"}", staff);
                assertThat(topUp.status()).as("the top-up is paid on arrival: " + topUp).isEqualTo(200);
            }

            moveClock(arrival.plusDays(14), LocalTime.of(10, 0));
            staff = shop.supplier().headToken();
            assertThat(record(shop, staff, order, "departure", arrival.minusDays(1)).problemCode()).isEqualTo("DEPARTURE_BEFORE_ARRIVAL");
            Reply tooLong = record(shop, staff, order, "departure", arrival.plusDays(14));
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(tooLong.problemCode()).isEqualTo("STAY_TOO_LONG");
            assertThat(Portal.get("/api/v1/orders/" + order + "/delivery-act/document", staff).problemCode())
                    .isEqualTo("DEPARTURE_NOT_RECORDED");
            Reply departed = record(shop, staff, order, "departure", lastDay);
            assertThat(departed.status()).as(departed.toString()).isEqualTo(200);
            assertThat(departed.json().getString("departedOn")).isEqualTo(lastDay.toString());

            Reply act = Eds.signDocument("/api/v1/orders/" + order + "/delivery-act/document",
                    "/api/v1/orders/" + order + "/delivery-act/signature", shop.supplier().head().signing(), staff);
            assertThat(act.status()).as(act.toString()).isEqualTo(200);
            Reply received = Eds.signDocument("/api/v1/orders/" + order + "/receipt/document",
                    "/api/v1/orders/" + order + "/receipt/signature", buyer.keys().signing(), beneficiary);
            assertThat(received.status()).as(received.toString()).isEqualTo(200);
            assertThat(received.json().getString("status")).isEqualTo("COMPLETED");

            Portal.runJobs();
            String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
            JsonObject claim = Portal.get("/api/v1/reimbursement/claims?supplierId=" + shop.supplier().id(), officer).jsonArray()
                    .stream().map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("orderId").longValue() == order)
                    .findFirst().orElseThrow();
            assertThat(claim.getString("status")).as(claim.toString()).isEqualTo("READY");
        } finally {
            Portal.resetClock();
        }
    }

    @Test
    void aDraftSignedWhenItsArrivalHasBecomeTooEarlyIsRefused() {
        Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-14");
        Buyer buyer = TestOrders.buyer(shop, 1);
        Reply draft = TestOrders.stayDraft(shop, buyer, TestOrders.earliestArrival());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long order = draft.json().getJsonNumber("id").longValue();
        String beneficiary = TestDatabase.longSession(buyer.user().id());
        try {
            // A week later the supplier's decision would be due after that arrival.
            moveClock(LocalDate.now(ALMATY).plusDays(7), LocalTime.of(10, 0));
            Reply signed = Eds.signDocument("/api/v1/orders/" + order + "/document", "/api/v1/orders/" + order + "/signature",
                    buyer.keys().signing(), beneficiary);
            assertThat(signed.status()).as(signed.toString()).isEqualTo(422);
            assertThat(signed.problemCode()).isEqualTo("ARRIVAL_TOO_EARLY");
            assertThat(Portal.get("/api/v1/orders/" + order, beneficiary).json().getString("status")).isEqualTo("DRAFT");
        } finally {
            Portal.resetClock();
        }
    }

    @Test
    void anArrivalDateIsRefusedForAnythingButASanatorium() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        Reply draft = TestOrders.stayDraft(shop, buyer, TestOrders.earliestArrival().plusDays(7));
        assertThat(draft.status()).isEqualTo(422);
        assertThat(draft.problemCode()).isEqualTo("ARRIVAL_DATE_NOT_APPLICABLE");
    }

    @Test
    void theBeneficiaryCancelsAnAcceptedStayUntilThreeWorkingDaysBeforeArrivalAndChoosesAgainWithinAMonth() {
        Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-14");
        Buyer buyer = TestOrders.buyer(shop, 1);
        LocalDate arrival = TestOrders.earliestArrival().plusDays(10);
        long order = TestOrders.acceptedStay(shop, buyer, arrival);
        LocalDate lastToCancel = SanatoriumStay.lastCancellationDay(arrival, CALENDAR);
        String beneficiary = TestDatabase.longSession(buyer.user().id());
        String auditor = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());
        try {
            moveClock(lastToCancel.plusDays(1), LocalTime.of(0, 0));
            Reply late = cancel(order, "plans changed", beneficiary);
            assertThat(late.status()).as(late.toString()).isEqualTo(409);
            assertThat(late.problemCode()).isEqualTo("CANCELLATION_TOO_LATE");
            assertThat(Portal.get("/api/v1/orders/" + order, beneficiary).json().getString("status")).isEqualTo("ACCEPTED");

            moveClock(lastToCancel, LocalTime.of(23, 59));
            Reply cancelled = cancel(order, "plans changed", beneficiary);
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
            JsonObject measure = entitlement(beneficiary, buyer.measureId());
            assertThat(measure.getString("status")).isEqualTo("SELECTABLE");
            Instant now = lastToCancel.atTime(23, 59).atZone(ALMATY).toInstant();
            // The portal's clock runs on from where it was put: a few seconds at most.
            Instant monthOn = now.atZone(ALMATY).plusMonths(1).toInstant();
            assertThat(Instant.parse(measure.getString("selectableUntil"))).as("a new choice within one month")
                    .isBetween(monthOn, monthOn.plusSeconds(60));
            assertThat(TestBudgets.movements(shop.akimat(), order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "RELEASE");
            assertThat(TestNotices.texts(shop.supplier().headToken(), "ORDER_CANCELLED")).anySatisfy(t -> assertThat(t).contains("O-" + order));
        } finally {
            Portal.resetClock();
        }
    }

    @Test
    void theSanatoriumCancelsAnAcceptedStayForACodedReasonAndTheBeneficiaryIsTold() {
        Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-10");
        Buyer buyer = TestOrders.buyer(shop, 1);
        LocalDate arrival = TestOrders.earliestArrival().plusDays(10);
        long order = TestOrders.acceptedStay(shop, buyer, arrival);
        assertThat(TestOrders.order(buyer, order).getString("departureDue")).as("a course of 10 days")
                .isEqualTo(arrival.plusDays(9).toString());
        String auditor = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());

        TestDatabase.TestUser manager = TestDatabase.userWithRoles();
        Reply granted = Portal.post("/api/v1/users/" + manager.id() + "/roles",
                "{\"role\":\"SUPPLIER_MANAGER\",\"supplierId\":" + shop.supplier().id() + "}", TestSuppliers.authority());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        Reply byManager = cancel(order, "FORCE_MAJEURE", manager.token());
        assertThat(byManager.status()).as("only the signatory cancels: " + byManager).isEqualTo(403);
        assertThat(TestOrders.order(buyer, order).getString("status")).isEqualTo("ACCEPTED");

        Reply unknown = cancel(order, "NO_REASON_AT_ALL", shop.supplier().token());
        assertThat(unknown.status()).isEqualTo(400);
        Reply cancelled = cancel(order, "APPLIED_FOR_EXCLUSION", shop.supplier().token());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().getString("closedReason")).isEqualTo("SUPPLIER_APPLIED_FOR_EXCLUSION");
        assertThat(cancel(order, "FORCE_MAJEURE", shop.supplier().token()).problemCode()).isEqualTo("ILLEGAL_TRANSITION");

        assertThat(entitlement(buyer.user().token(), buyer.measureId()).getString("status")).isEqualTo("SELECTABLE");
        assertThat(TestBudgets.movements(shop.akimat(), order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "RELEASE");
        assertThat(TestNotices.texts(buyer.user().token(), "ORDER_CANCELLED"))
                .anySatisfy(t -> assertThat(t).contains("O-" + order).contains("APPLIED_FOR_EXCLUSION"));
    }

    @Test
    void theSanatoriumMayNotCancelAfterTheDeadline() {
        Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-14");
        Buyer buyer = TestOrders.buyer(shop, 1);
        LocalDate arrival = TestOrders.earliestArrival().plusDays(10);
        long order = TestOrders.acceptedStay(shop, buyer, arrival);
        try {
            moveClock(SanatoriumStay.lastCancellationDay(arrival, CALENDAR).plusDays(1), LocalTime.of(9, 0));
            Reply late = cancel(order, "FORCE_MAJEURE", shop.supplier().headToken());
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.problemCode()).isEqualTo("CANCELLATION_TOO_LATE");
        } finally {
            Portal.resetClock();
        }
    }

    @Test
    void aNoShowClosesTheOrderReleasesTheBudgetAndPutsTheEntitlementBackInTheGeneralQueue() {
        Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-14");
        Buyer buyer = TestOrders.buyer(shop, 1);
        LocalDate arrival = TestOrders.earliestArrival().plusDays(3);
        long order = TestOrders.acceptedStay(shop, buyer, arrival);
        String beneficiary = TestDatabase.longSession(buyer.user().id());
        String auditor = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());
        JsonObject before = entitlement(beneficiary, buyer.measureId());
        try {
            moveClock(arrival, LocalTime.of(20, 0));
            Reply early = record(shop, shop.supplier().headToken(), order, "no-show", null);
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.problemCode()).isEqualTo("NO_SHOW_TOO_EARLY");

            moveClock(arrival.plusDays(1), LocalTime.of(9, 0));
            Reply noShow = record(shop, shop.supplier().headToken(), order, "no-show", null);
            assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
            assertThat(noShow.json().getString("status")).isEqualTo("NO_SHOW");
            assertThat(TestBudgets.movements(shop.akimat(), order, auditor)).extracting(m -> m.getString("kind")).containsExactly("RESERVE", "RELEASE");
            assertThat(TestNotices.texts(beneficiary, "ORDER_NO_SHOW")).anySatisfy(t -> assertThat(t).contains("O-" + order));

            Portal.runJobs();
            JsonObject queued = entitlement(beneficiary, buyer.measureId());
            assertThat(queued.getString("status")).as("back in the general queue, not selectable at once").isEqualTo("QUEUED");
            assertThat(queued.getString("queueDate")).as("at its back").isEqualTo(arrival.plusDays(1).toString());
            assertThat(queued.containsKey("requeuedAt")).isTrue();
            // Another measure reaching the akimat's queue opens the queue, but not a measure waiting for E-Sobes.
            TestOrders.entitlement(TestDatabase.userWithRoles("BENEFICIARY"), shop, 1);
            assertThat(entitlement(beneficiary, buyer.measureId()).getString("status")).isEqualTo("QUEUED");

            // E-Sobes sends the measure again in its turn: the queue opens it.
            Reply resent = Portal.post("/api/v1/integration/esobes/measures", """
                    {"iin":"%s","fullName":"%s","birthDate":"%s","phone":"+77010009998","akimatCode":"%s","region":"%s",
                     "classifierCode":"%s","quantity":1,"iprValidFrom":"%s","iprValidTo":"%s","queueNumber":"%s","queueDate":"%s"}"""
                    .formatted(buyer.user().iin(), before.getString("fullName"), Iin.of(buyer.user().iin()).birthDate().orElseThrow(),
                            shop.akimat(), shop.region(), shop.type(), before.getString("iprValidFrom"), before.getString("iprValidTo"),
                            before.getString("queueNumber"), arrival.plusDays(2)), TestDatabase.longSession(TestDatabase.userWithRoles("ESOBES").id()));
            assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
            JsonObject reopened = entitlement(beneficiary, buyer.measureId());
            assertThat(reopened.getString("status")).isEqualTo("SELECTABLE");
            assertThat(reopened.containsKey("requeuedAt")).isFalse();
        } finally {
            Portal.resetClock();
        }
    }
}
