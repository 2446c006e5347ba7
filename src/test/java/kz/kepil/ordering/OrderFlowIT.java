package kz.kepil.ordering;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Buyer;
import kz.kepil.testsupport.TestOrders.Shop;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One order from the E-Sobes measure to COMPLETED through the API with real CMS signatures, and the
 * refusals, expiry, cancellation and rules around it.
 */
class OrderFlowIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    private static JsonObject entitlement(Buyer buyer) {
        return Portal.get("/api/v1/entitlements/" + buyer.measureId(), buyer.user().token()).json();
    }

    @Test
    void anOrderGoesFromTheEsobesMeasureToCompletedWithASignatureAtEveryStep() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        Reply draft = TestOrders.draftReply(shop, buyer, 30);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        JsonObject d = draft.json();
        assertThat(d.getString("status")).isEqualTo("DRAFT");
        assertThat(d.getJsonNumber("stateAmount").bigDecimalValue()).isEqualByComparingTo(shop.sum().multiply(BigDecimal.valueOf(30)));
        assertThat(d.getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo(TestOrders.EXTRA.multiply(BigDecimal.valueOf(30)));
        assertThat(d.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(shop.price().multiply(BigDecimal.valueOf(30)));
        long id = d.getJsonNumber("id").longValue();

        Reply signed = Eds.signDocument("/api/v1/orders/" + id + "/document", "/api/v1/orders/" + id + "/signature",
                buyer.keys().signing(), buyer.user().token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonObject submitted = signed.json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(Instant.parse(submitted.getString("decisionDue"))).isAfter(Instant.now().plusSeconds(4 * 24 * 3600));
        assertThat(entitlement(buyer).getString("status")).isEqualTo("ORDERED");

        // A price change after signing never touches the signed order.
        JsonObject card = Portal.get("/api/v1/products/" + shop.productId()).json();
        Reply repriced = Portal.request("PUT", "/api/v1/products/" + shop.productId()).token(shop.supplier().token()).json("""
                {"classifierCode":"%s","name":"%s","description":"","price":%s,"regions":["KZ-75"],"attributes":%s,
                 "deliveryDays":3,"available":true}""".formatted(shop.type(), card.getString("name"),
                shop.price().add(BigDecimal.TEN).toPlainString(), card.getJsonObject("attributes").toString())).send();
        assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
        assertThat(TestOrders.order(buyer, id).getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(shop.price());

        Reply accepted = TestOrders.supplierSigns(shop, id, "acceptance");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

        assertThat(TestOrders.supplierSigns(shop, id, "delivery-act").problemCode()).isEqualTo("TOP_UP_NOT_RECEIVED");
        assertThat(Portal.post("/api/v1/orders/" + id + "/top-up-receipt", "{\"amount\":1,\"reference\":\"R-1\"}",
                shop.supplier().token()).problemCode()).isEqualTo("TOP_UP_MISMATCH");
        Reply topUp = Portal.post("/api/v1/orders/" + id + "/top-up-receipt", "{\"amount\":"
                + TestOrders.EXTRA.multiply(BigDecimal.valueOf(30)).toPlainString() + ",\"reference\":\"R-1\"}", shop.supplier().token());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        Reply delivered = TestOrders.supplierSigns(shop, id, "delivery-act");
        assertThat(delivered.json().getString("status")).isEqualTo("DELIVERED_BY_SUPPLIER");

        Reply received = Eds.signDocument("/api/v1/orders/" + id + "/receipt/document", "/api/v1/orders/" + id + "/receipt/signature",
                buyer.keys().signing(), buyer.user().token());
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        JsonObject completed = received.json();
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        JsonObject sigs = completed.getJsonObject("signatures");
        assertThat(List.of("order", "decision", "delivery", "receipt")).allMatch(k -> sigs.containsKey(k));
        assertThat(entitlement(buyer).getString("status")).isEqualTo("FULFILLED");
        assertThat(Portal.get("/api/v1/integration/esobes/outbound?limit=1000", TestDatabase.userWithRoles("ESOBES").token())
                .jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getJsonNumber("measureId").longValue() == buyer.measureId()
                        && e.getString("kind").equals("MEASURE_FULFILLED"))).isTrue();
        assertThat(Portal.get("/api/v1/orders", shop.supplier().token()).jsonArray().stream()
                .anyMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id)).isTrue();
    }

    @Test
    void everyRuleAtOrderingHasItsProblemCode() {
        Shop unsignedShop = TestOrders.shop("KZ-75");
        Buyer unsigned = TestOrders.buyerWithoutContract(unsignedShop, 30);
        assertThat(TestOrders.draftReply(unsignedShop, unsigned, 1).problemCode()).isEqualTo("PUBLIC_CONTRACT_NOT_SIGNED");

        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        assertThat(TestOrders.draftReply(shop, buyer, 31).problemCode()).isEqualTo("QUANTITY_EXCEEDS_ENTITLEMENT");
        TestUser stranger = TestDatabase.userWithRoles("BENEFICIARY");
        assertThat(Portal.post("/api/v1/orders", "{\"entitlementId\":" + buyer.measureId() + ",\"productId\":" + shop.productId()
                + ",\"quantity\":1}", stranger.token()).status()).isEqualTo(404);

        String authority = TestSuppliers.authority();
        assertThat(TestSuppliers.decide(shop.supplier().id(), "SUSPEND", "FALSE_INFORMATION", authority).status()).isEqualTo(200);
        assertThat(TestOrders.draftReply(shop, buyer, 1).problemCode()).isEqualTo("SUPPLIER_NOT_LISTED");
        assertThat(TestSuppliers.decide(shop.supplier().id(), "REINSTATE", "GROUNDS_REMOVED", authority).status()).isEqualTo(200);

        long id = TestOrders.draftReply(shop, buyer, 1).json().getJsonNumber("id").longValue();
        PersonalKeys other = Eds.newPerson(TestDatabase.freshIin());
        assertThat(Eds.signDocument("/api/v1/orders/" + id + "/document", "/api/v1/orders/" + id + "/signature",
                other.signing(), buyer.user().token()).problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(TestOrders.order(buyer, id).getString("status")).isEqualTo("DRAFT");
        long signedId = TestOrders.submitted(shop, buyer, 1);
        assertThat(TestOrders.draftReply(shop, buyer, 1).problemCode()).isEqualTo("ENTITLEMENT_NOT_SELECTABLE");
        Company another = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        assertThat(Eds.signDocument("/api/v1/orders/" + signedId + "/acceptance/document",
                "/api/v1/orders/" + signedId + "/acceptance/signature", another.head().signing(), shop.supplier().token())
                .problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(Portal.get("/api/v1/orders/" + signedId + "/acceptance/document", another.token()).status()).isEqualTo(404);
    }

    @Test
    void aRefusalWithItsCodedReasonOpensTheEntitlementAgain() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        long id = TestOrders.submitted(shop, buyer, 10);
        String path = "/api/v1/orders/" + id + "/refusal";
        JsonObject document = Portal.get(path + "/document?reason=NO_GOODS", shop.supplier().token()).json();
        assertThat(document.getString("content")).contains("\"reason\":\"NO_GOODS\"");
        String cms = kz.kepil.testsupport.DemoKeys.sign(shop.supplier().head().signing(), document.getString("content"));
        Reply refused = Portal.post(path, "{\"reason\":\"NO_GOODS\",\"cms\":\"" + cms + "\"}", shop.supplier().token());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().getString("refusalReason")).isEqualTo("NO_GOODS");
        assertThat(entitlement(buyer).getString("status")).isEqualTo("SELECTABLE");
        assertThat(Portal.post(path, "{\"reason\":\"NO_GOODS\",\"cms\":\"" + cms + "\"}", shop.supplier().token()).problemCode())
                .isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void anOrderLeftUndecidedPastFiveWorkingDaysExpiresAndTheEntitlementOpensAgain() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        String token = TestDatabase.longSession(buyer.user().id());
        long id = TestOrders.submitted(shop, buyer, 5);
        Instant due = Instant.parse(TestOrders.order(buyer, id).getString("decisionDue"));
        try {
            assertThat(Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + due.plusSeconds(60) + "\"}")
                    .send().status()).isEqualTo(200);
            assertThat(Portal.request("POST", "/api/v1/platform/jobs").send().status()).isEqualTo(200);
            assertThat(Portal.get("/api/v1/orders/" + id, token).json().getString("status")).isEqualTo("EXPIRED");
            assertThat(Portal.get("/api/v1/entitlements/" + buyer.measureId(), token).json().getString("status")).isEqualTo("SELECTABLE");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }

    @Test
    void theBeneficiaryCancelsBeforeTheDecisionButNotAfterIt() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        long id = TestOrders.submitted(shop, buyer, 2);
        Reply cancelled = Portal.post("/api/v1/orders/" + id + "/cancellation", "{\"reason\":\"changed my mind\"}", buyer.user().token());
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(entitlement(buyer).getString("status")).isEqualTo("SELECTABLE");
        long second = TestOrders.submitted(shop, buyer, 2);
        assertThat(TestOrders.supplierSigns(shop, second, "acceptance").status()).isEqualTo(200);
        assertThat(Portal.post("/api/v1/orders/" + second + "/cancellation", "{}", buyer.user().token()).problemCode())
                .isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void twoAcceptancesOfTheSameOrderAtOnceEndWithOneWinner() throws Exception {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        long id = TestOrders.submitted(shop, buyer, 1);
        String content = Portal.get("/api/v1/orders/" + id + "/acceptance/document", shop.supplier().token()).json().getString("content");
        String body = "{\"cms\":\"" + kz.kepil.testsupport.DemoKeys.sign(shop.supplier().head().signing(), content) + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> Portal.post("/api/v1/orders/" + id + "/acceptance/signature", body, shop.supplier().token()).status(),
                    () -> Portal.post("/api/v1/orders/" + id + "/acceptance/signature", body, shop.supplier().token()).status());
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
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        long id = TestOrders.submitted(shop, buyer, 3);
        assertThat(Portal.post("/api/v1/suppliers/" + shop.supplier().id() + "/withdrawal", "{\"reason\":\"closing\"}",
                shop.supplier().token()).status()).isEqualTo(200);
        assertThat(TestSuppliers.decide(shop.supplier().id(), "EXCLUDE", "OWN_REQUEST", TestSuppliers.authority()).status())
                .isEqualTo(200);
        JsonObject cancelled = TestOrders.order(buyer, id);
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("closedReason")).isEqualTo("SUPPLIER_DELISTED");
        assertThat(entitlement(buyer).getString("status")).isEqualTo("SELECTABLE");
    }

    @Test
    void deathDuringDeliveryReturnsTheOrderToTheSupplier() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 30);
        long id = TestOrders.submitted(shop, buyer, 4);
        assertThat(TestOrders.supplierSigns(shop, id, "acceptance").status()).isEqualTo(200);
        Reply died = Portal.post("/api/v1/integration/esobes/events",
                "{\"type\":\"DEATH\",\"iin\":\"" + buyer.user().iin() + "\",\"date\":\"" + TODAY + "\"}",
                TestDatabase.userWithRoles("ESOBES").token());
        assertThat(died.status()).as(died.toString()).isEqualTo(200);
        assertThat(TestOrders.order(buyer, id).getString("status")).isEqualTo("RETURNED");
        assertThat(entitlement(buyer).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void anOrderAboveTheYearlyNormOfItsGroupIsRefused() {
        Shop shop = TestOrders.shop("KZ-75", t -> t.containsKey("yearlyNorm") && t.getString("excess").equals("REFUSE"), TestOrders.EXTRA);
        Buyer buyer = TestOrders.buyer(shop, 5000);
        int norm = Portal.get("/api/v1/classifier/" + shop.type()).json().getInt("yearlyNorm");
        assertThat(TestOrders.draftReply(shop, buyer, norm + 1).problemCode()).isEqualTo("NORM_EXCEEDED");
        assertThat(TestOrders.draftReply(shop, buyer, norm).status()).isEqualTo(201);
    }

    @Test
    void anOrderOfAHygieneMeanSuppliedQuarterlyTakesAtLeastTheQuarterlyMinimum() {
        Shop shop = TestOrders.shop("KZ-75", t -> t.containsKey("quarterlyMin"), TestOrders.EXTRA);
        Buyer buyer = TestOrders.buyer(shop, 1460);
        int minimum = Portal.get("/api/v1/classifier/" + shop.type()).json().getInt("quarterlyMin");
        Reply below = TestOrders.draftReply(shop, buyer, minimum - 1);
        assertThat(below.status()).as(below.toString()).isEqualTo(422);
        assertThat(below.problemCode()).isEqualTo("BELOW_QUARTERLY_MINIMUM");
        assertThat(TestOrders.draftReply(shop, buyer, minimum).status()).isEqualTo(201);
    }

    @Test
    void threeOrdersLeftUnansweredOpenExclusionProceedingsAgainstTheSupplier() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer first = TestOrders.buyer(shop, 30);
        List<Long> orders = new ArrayList<>();
        orders.add(TestOrders.submitted(shop, first, 1));
        orders.add(TestOrders.submitted(shop, TestOrders.buyer(shop, 5), 1));
        orders.add(TestOrders.submitted(shop, TestOrders.buyer(shop, 5), 1));
        Instant due = Instant.parse(TestOrders.order(first, orders.get(0)).getString("decisionDue"));
        String supplierToken = TestDatabase.longSession(TestDatabase.userWithRoles().id());
        try {
            assertThat(Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + due.plusSeconds(3600) + "\"}")
                    .send().status()).isEqualTo(200);
            assertThat(Portal.request("POST", "/api/v1/platform/jobs").send().status()).isEqualTo(200);
            JsonObject supplier = Portal.get("/api/v1/suppliers/" + shop.supplier().id(), supplierToken).json();
            assertThat(supplier.getString("status")).isEqualTo("EXCLUSION_PENDING");
            assertThat(supplier.getString("ground")).isEqualTo("UNANSWERED_ORDERS");
            JsonObject opened = Portal.get("/api/v1/suppliers/" + shop.supplier().id() + "/history").jsonArray().stream()
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
