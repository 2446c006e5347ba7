package kz.kepil.ordering;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.OrderScenario;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestSuppliers;
import kz.kepil.testsupport.TestSuppliers.Company;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One order from the E-Sobes measure to COMPLETED through the API with real CMS signatures, and the
 * refusals, expiry, cancellation and rules around it.
 */
class OrderFlowIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    private static final BigDecimal EXTRA = new BigDecimal("25.00");

    /**
     * A type ordered in any quantity and again after receipt: without a yearly norm (and so without a
     * quarterly minimum) and without a replacement period.
     */
    private static OrderScenario setup(boolean signContract) {
        return setup(signContract, OrderScenario.ANY_QUANTITY, 30);
    }

    private static OrderScenario setup(boolean signContract, Predicate<JsonObject> kind, int entitled) {
        OrderScenario s = OrderScenario.create(kind, EXTRA, entitled);
        return signContract ? s.withContract() : s;
    }

    private static Reply draft(OrderScenario s, int quantity) {
        return s.draft(quantity);
    }

    private static long submitted(OrderScenario s, int quantity) {
        return s.submitted(quantity);
    }

    private static Reply supplierSigns(OrderScenario s, long order, String step) {
        return Eds.signDocument("/api/v1/orders/" + order + "/" + step + "/document", "/api/v1/orders/" + order + "/" + step + "/signature",
                s.supplier().head().signing(), s.supplier().token());
    }

    private static JsonObject order(OrderScenario s, long id) {
        return Portal.get("/api/v1/orders/" + id, s.beneficiary().token()).json();
    }

    private static JsonObject entitlement(OrderScenario s) {
        return Portal.get("/api/v1/entitlements/" + s.measureId(), s.beneficiary().token()).json();
    }

    @Test
    void anOrderGoesFromTheEsobesMeasureToCompletedWithASignatureAtEveryStep() {
        OrderScenario s = setup(true);
        Reply draft = draft(s, 30);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        JsonObject d = draft.json();
        assertThat(d.getString("status")).isEqualTo("DRAFT");
        assertThat(d.getJsonNumber("stateAmount").bigDecimalValue()).isEqualByComparingTo(s.sum().multiply(BigDecimal.valueOf(30)));
        assertThat(d.getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo(EXTRA.multiply(BigDecimal.valueOf(30)));
        assertThat(d.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(s.price().multiply(BigDecimal.valueOf(30)));
        long id = d.getJsonNumber("id").longValue();

        Reply signed = Eds.signDocument("/api/v1/orders/" + id + "/document", "/api/v1/orders/" + id + "/signature",
                s.keys().signing(), s.beneficiary().token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonObject submitted = signed.json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(Instant.parse(submitted.getString("decisionDue"))).isAfter(Instant.now().plusSeconds(4 * 24 * 3600));
        assertThat(entitlement(s).getString("status")).isEqualTo("ORDERED");

        // A price change after signing never touches the signed order.
        JsonObject card = Portal.get("/api/v1/products/" + s.productId()).json();
        Reply repriced = Portal.request("PUT", "/api/v1/products/" + s.productId()).token(s.supplier().token()).json("""
                {"classifierCode":"%s","name":"%s","description":"","price":%s,"regions":["KZ-75"],"attributes":%s,
                 "deliveryDays":3,"available":true}""".formatted(s.type(), card.getString("name"),
                s.price().add(BigDecimal.TEN).toPlainString(), card.getJsonObject("attributes").toString())).send();
        assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
        assertThat(order(s, id).getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(s.price());

        Reply accepted = supplierSigns(s, id, "acceptance");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

        assertThat(supplierSigns(s, id, "delivery-act").problemCode()).isEqualTo("TOP_UP_NOT_RECEIVED");
        assertThat(Portal.post("/api/v1/orders/" + id + "/top-up-receipt", "{\"amount\":1,\"reference\":\"R-1\"}",
                s.supplier().token()).problemCode()).isEqualTo("TOP_UP_MISMATCH");
        Reply topUp = Portal.post("/api/v1/orders/" + id + "/top-up-receipt", "{\"amount\":"
                + EXTRA.multiply(BigDecimal.valueOf(30)).toPlainString() + ",\"reference\":\"R-1\"}", s.supplier().token());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        Reply delivered = supplierSigns(s, id, "delivery-act");
        assertThat(delivered.json().getString("status")).isEqualTo("DELIVERED_BY_SUPPLIER");

        Reply received = Eds.signDocument("/api/v1/orders/" + id + "/receipt/document", "/api/v1/orders/" + id + "/receipt/signature",
                s.keys().signing(), s.beneficiary().token());
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        JsonObject completed = received.json();
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        JsonObject sigs = completed.getJsonObject("signatures");
        assertThat(List.of("order", "decision", "delivery", "receipt")).allMatch(k -> sigs.containsKey(k));
        assertThat(entitlement(s).getString("status")).isEqualTo("FULFILLED");
        assertThat(Portal.get("/api/v1/integration/esobes/outbound?limit=1000", TestDatabase.userWithRoles("ESOBES").token())
                .jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getJsonNumber("measureId").longValue() == s.measureId()
                        && e.getString("kind").equals("MEASURE_FULFILLED"))).isTrue();
        assertThat(Portal.get("/api/v1/orders", s.supplier().token()).jsonArray().stream()
                .anyMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id)).isTrue();
    }

    @Test
    void everyRuleAtOrderingHasItsProblemCode() {
        OrderScenario unsigned = setup(false);
        assertThat(draft(unsigned, 1).problemCode()).isEqualTo("PUBLIC_CONTRACT_NOT_SIGNED");

        OrderScenario s = setup(true);
        assertThat(draft(s, 31).problemCode()).isEqualTo("QUANTITY_EXCEEDS_ENTITLEMENT");
        TestUser stranger = TestDatabase.userWithRoles("BENEFICIARY");
        assertThat(Portal.post("/api/v1/orders", "{\"entitlementId\":" + s.measureId() + ",\"productId\":" + s.productId()
                + ",\"quantity\":1}", stranger.token()).status()).isEqualTo(404);

        String authority = TestSuppliers.authority();
        assertThat(TestSuppliers.decide(s.supplier().id(), "SUSPEND", "FALSE_INFORMATION", authority).status()).isEqualTo(200);
        assertThat(draft(s, 1).problemCode()).isEqualTo("SUPPLIER_NOT_LISTED");
        assertThat(TestSuppliers.decide(s.supplier().id(), "REINSTATE", "GROUNDS_REMOVED", authority).status()).isEqualTo(200);

        long id = draft(s, 1).json().getJsonNumber("id").longValue();
        PersonalKeys other = Eds.newPerson(TestDatabase.freshIin());
        assertThat(Eds.signDocument("/api/v1/orders/" + id + "/document", "/api/v1/orders/" + id + "/signature",
                other.signing(), s.beneficiary().token()).problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(order(s, id).getString("status")).isEqualTo("DRAFT");
        long signedId = submitted(s, 1);
        assertThat(draft(s, 1).problemCode()).isEqualTo("ENTITLEMENT_NOT_SELECTABLE");
        Company another = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        assertThat(Eds.signDocument("/api/v1/orders/" + signedId + "/acceptance/document",
                "/api/v1/orders/" + signedId + "/acceptance/signature", another.head().signing(), s.supplier().token())
                .problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(Portal.get("/api/v1/orders/" + signedId + "/acceptance/document", another.token()).status()).isEqualTo(404);
    }

    @Test
    void aRefusalWithItsCodedReasonOpensTheEntitlementAgain() {
        OrderScenario s = setup(true);
        long id = submitted(s, 10);
        String path = "/api/v1/orders/" + id + "/refusal";
        JsonObject document = Portal.get(path + "/document?reason=NO_GOODS", s.supplier().token()).json();
        assertThat(document.getString("content")).contains("\"reason\":\"NO_GOODS\"");
        String cms = kz.kepil.testsupport.DemoKeys.sign(s.supplier().head().signing(), document.getString("content"));
        Reply refused = Portal.post(path, "{\"reason\":\"NO_GOODS\",\"cms\":\"" + cms + "\"}", s.supplier().token());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().getString("refusalReason")).isEqualTo("NO_GOODS");
        assertThat(entitlement(s).getString("status")).isEqualTo("SELECTABLE");
        assertThat(Portal.post(path, "{\"reason\":\"NO_GOODS\",\"cms\":\"" + cms + "\"}", s.supplier().token()).problemCode())
                .isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void anOrderLeftUndecidedPastFiveWorkingDaysExpiresAndTheEntitlementOpensAgain() {
        OrderScenario s = setup(true);
        String token = TestDatabase.longSession(s.beneficiary().id());
        long id = submitted(s, 5);
        Instant due = Instant.parse(order(s, id).getString("decisionDue"));
        try {
            assertThat(Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + due.plusSeconds(60) + "\"}")
                    .send().status()).isEqualTo(200);
            assertThat(Portal.request("POST", "/api/v1/platform/jobs").send().status()).isEqualTo(200);
            assertThat(Portal.get("/api/v1/orders/" + id, token).json().getString("status")).isEqualTo("EXPIRED");
            assertThat(Portal.get("/api/v1/entitlements/" + s.measureId(), token).json().getString("status")).isEqualTo("SELECTABLE");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }

    @Test
    void theBeneficiaryCancelsBeforeTheDecisionButNotAfterIt() {
        OrderScenario s = setup(true);
        long id = submitted(s, 2);
        Reply cancelled = Portal.post("/api/v1/orders/" + id + "/cancellation", "{\"reason\":\"changed my mind\"}", s.beneficiary().token());
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(entitlement(s).getString("status")).isEqualTo("SELECTABLE");
        long second = submitted(s, 2);
        assertThat(supplierSigns(s, second, "acceptance").status()).isEqualTo(200);
        assertThat(Portal.post("/api/v1/orders/" + second + "/cancellation", "{}", s.beneficiary().token()).problemCode())
                .isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void twoAcceptancesOfTheSameOrderAtOnceEndWithOneWinner() throws Exception {
        OrderScenario s = setup(true);
        long id = submitted(s, 1);
        String content = Portal.get("/api/v1/orders/" + id + "/acceptance/document", s.supplier().token()).json().getString("content");
        String body = "{\"cms\":\"" + kz.kepil.testsupport.DemoKeys.sign(s.supplier().head().signing(), content) + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> Portal.post("/api/v1/orders/" + id + "/acceptance/signature", body, s.supplier().token()).status(),
                    () -> Portal.post("/api/v1/orders/" + id + "/acceptance/signature", body, s.supplier().token()).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDelistedSuppliersUndecidedOrdersAreCancelledAndTheBeneficiaryChoosesAgain() {
        OrderScenario s = setup(true);
        long id = submitted(s, 3);
        assertThat(Portal.post("/api/v1/suppliers/" + s.supplier().id() + "/withdrawal", "{\"reason\":\"closing\"}",
                s.supplier().token()).status()).isEqualTo(200);
        assertThat(TestSuppliers.decide(s.supplier().id(), "EXCLUDE", "OWN_REQUEST", TestSuppliers.authority()).status())
                .isEqualTo(200);
        JsonObject cancelled = order(s, id);
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("closedReason")).isEqualTo("SUPPLIER_DELISTED");
        assertThat(entitlement(s).getString("status")).isEqualTo("SELECTABLE");
    }

    @Test
    void deathDuringDeliveryReturnsTheOrderToTheSupplier() {
        OrderScenario s = setup(true);
        long id = submitted(s, 4);
        assertThat(supplierSigns(s, id, "acceptance").status()).isEqualTo(200);
        Reply died = Portal.post("/api/v1/integration/esobes/events",
                "{\"type\":\"DEATH\",\"iin\":\"" + s.beneficiary().iin() + "\",\"date\":\"" + TODAY + "\"}",
                TestDatabase.userWithRoles("ESOBES").token());
        assertThat(died.status()).as(died.toString()).isEqualTo(200);
        assertThat(order(s, id).getString("status")).isEqualTo("RETURNED");
        assertThat(entitlement(s).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void anOrderAboveTheYearlyNormOfItsGroupIsRefused() {
        OrderScenario s = setup(true, t -> t.containsKey("yearlyNorm") && t.getString("excess").equals("REFUSE"), 5000);
        int norm = Portal.get("/api/v1/classifier/" + s.type()).json().getInt("yearlyNorm");
        assertThat(draft(s, norm + 1).problemCode()).isEqualTo("NORM_EXCEEDED");
        assertThat(draft(s, norm).status()).isEqualTo(201);
    }

    @Test
    void anOrderOfAHygieneMeanSuppliedQuarterlyTakesAtLeastTheQuarterlyMinimum() {
        OrderScenario s = setup(true, t -> t.containsKey("quarterlyMin"), 1460);
        int minimum = Portal.get("/api/v1/classifier/" + s.type()).json().getInt("quarterlyMin");
        Reply below = draft(s, minimum - 1);
        assertThat(below.status()).as(below.toString()).isEqualTo(422);
        assertThat(below.problemCode()).isEqualTo("BELOW_QUARTERLY_MINIMUM");
        assertThat(draft(s, minimum).status()).isEqualTo(201);
    }

    @Test
    void threeOrdersLeftUnansweredOpenExclusionProceedingsAgainstTheSupplier() {
        OrderScenario first = setup(true);
        List<Long> orders = new ArrayList<>();
        orders.add(submitted(first, 1));
        orders.add(submitted(first.anotherBeneficiary(5).withContract(), 1));
        orders.add(submitted(first.anotherBeneficiary(5).withContract(), 1));
        Instant due = Instant.parse(order(first, orders.get(0)).getString("decisionDue"));
        String supplierToken = TestDatabase.longSession(TestDatabase.userWithRoles().id());
        try {
            assertThat(Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + due.plusSeconds(3600) + "\"}")
                    .send().status()).isEqualTo(200);
            assertThat(Portal.request("POST", "/api/v1/platform/jobs").send().status()).isEqualTo(200);
            JsonObject supplier = Portal.get("/api/v1/suppliers/" + first.supplier().id(), supplierToken).json();
            assertThat(supplier.getString("status")).isEqualTo("EXCLUSION_PENDING");
            assertThat(supplier.getString("ground")).isEqualTo("UNANSWERED_ORDERS");
            JsonObject opened = Portal.get("/api/v1/suppliers/" + first.supplier().id() + "/history").jsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(d -> d.getString("decision").equals("OPEN_EXCLUSION")).findFirst()
                    .orElseThrow();
            assertThat(opened.getBoolean("takenBySystem")).isTrue();
            assertThat(opened.getBoolean("signed")).isFalse();
            assertThat(opened.getString("note")).contains("O-" + orders.get(2)).contains("3 orders expired");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }
}
