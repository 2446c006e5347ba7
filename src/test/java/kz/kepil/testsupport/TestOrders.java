package kz.kepil.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestSuppliers.Company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders through the public API with real signatures, in any region: a listed supplier with a hygiene
 * product (of a type without a quarterly minimum) priced a little above the guaranteed sum, beneficiaries
 * entitled to it in the region's akimat, and the steps from draft to COMPLETED; for a sanatorium type
 * ({@code shopOf(region, "SAN-ADULT-14")}) a stay drafted with its day of arrival.
 */
public final class TestOrders {

    /** The top-up per unit of every test product. */
    public static final BigDecimal EXTRA = new BigDecimal("25.00");
    /**
     * A type ordered in any quantity and again after receipt: without a yearly norm (and so without a
     * quarterly minimum) and without a replacement period.
     */
    public static final Predicate<JsonObject> ANY_QUANTITY = t -> !t.containsKey("yearlyNorm") && !t.containsKey("replacementMonths");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    private TestOrders() {
    }

    /** A listed supplier of the region with one product; the akimat is the region's ({@code KZ-75} → {@code SD-75}). */
    public record Shop(Company supplier, long productId, String type, BigDecimal price, BigDecimal sum, String region) {

        public String akimat() {
            return "SD-" + region.substring(3);
        }
    }

    /**
     * A listed supplier of the region with one product of the classifier type {@code code} (e.g. the hourly
     * service PAS-HOUR), priced {@link #EXTRA} above the sum in force nationally, in the type's category.
     */
    public static Shop shopOf(String region, String code) {
        JsonObject type = Portal.get("/api/v1/classifier").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
        return shop(region, type, EXTRA);
    }

    /** A listed supplier of the region with a hygiene product ordered in any quantity, priced {@link #EXTRA} above the sum. */
    public static Shop shop(String region) {
        return shop(region, ANY_QUANTITY, EXTRA);
    }

    /**
     * A listed supplier of the region with a product of the first portal type of hygiene means with a fixed
     * guaranteed sum that {@code kind} accepts, priced {@code extra} above that sum.
     */
    public static Shop shop(String region, Predicate<JsonObject> kind, BigDecimal extra) {
        JsonObject type = Portal.get("/api/v1/classifier?channel=PORTAL&category=HYGIENE_MEANS").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.containsKey("guaranteedSum") && !t.containsKey("sumMciFactor"))
                .filter(kind).findFirst().orElseThrow();
        return shop(region, type, extra);
    }

    private static Shop shop(String region, JsonObject type, BigDecimal extra) {
        String code = type.getString("code");
        BigDecimal sum = type.getJsonNumber("guaranteedSum").bigDecimalValue();
        Company supplier = TestSuppliers.listed(List.of(type.getString("category")), List.of(region));
        BigDecimal price = sum.add(extra);
        Reply product = Portal.post("/api/v1/products", """
                {"supplierId":%d,"classifierCode":"%s","name":"Test product %s","description":"","price":%s,
                 "regions":["%s"],"attributes":%s,"deliveryDays":3,"available":true}"""
                .formatted(supplier.id(), code, UUID.randomUUID(), price.toPlainString(), region, TestProducts.requiredAttributes(type)),
                supplier.token());
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        return new Shop(supplier, product.json().getJsonNumber("id").longValue(), code, price, sum, region);
    }

    /** A beneficiary with signing keys and an entitlement to the shop's product type. */
    public record Buyer(TestUser user, PersonalKeys keys, long measureId) {
    }

    /** A beneficiary of the shop's akimat entitled to {@code entitled} units, the public contract signed. */
    public static Buyer buyer(Shop shop, int entitled) {
        return withContract(buyerWithoutContract(shop, entitled));
    }

    /** A beneficiary of the shop's akimat, with keys, entitled to {@code entitled} units; no public contract yet. */
    public static Buyer buyerWithoutContract(Shop shop, int entitled) {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        PersonalKeys keys = Eds.newPerson(beneficiary.iin());
        long measure = entitlement(beneficiary, shop, entitled);
        return new Buyer(beneficiary, keys, measure);
    }

    /** The beneficiary signs the public contract through the API; the same buyer. */
    public static Buyer withContract(Buyer buyer) {
        Reply contract = Eds.signDocument("/api/v1/me/public-contract/document", "/api/v1/me/public-contract/signature",
                buyer.keys().signing(), buyer.user().token());
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        return buyer;
    }

    /** An entitlement of {@code person} to {@code entitled} units of the shop's type, sent by E-Sobes; its id. */
    public static long entitlement(TestUser person, Shop shop, int entitled) {
        Reply measure = Portal.post("/api/v1/integration/esobes/measures", """
                {"iin":"%s","fullName":"Тестова Әйгерім","birthDate":"%s","phone":"+77010009998","akimatCode":"%s",
                 "region":"%s","classifierCode":"%s","quantity":%d,"iprValidFrom":"%s","iprValidTo":"%s",
                 "queueNumber":"Q-%s","queueDate":"%s"}"""
                .formatted(person.iin(), Iin.of(person.iin()).birthDate().orElseThrow(), shop.akimat(), shop.region(),
                        shop.type(), entitled, TODAY.minusMonths(1), TODAY.plusYears(1),
                        UUID.randomUUID().toString().substring(0, 8), TODAY.minusDays(5)),
                // A long session: tests that move the portal's clock days ahead make entitlements too.
                TestDatabase.longSession(TestDatabase.userWithRoles("ESOBES").id()));
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        return measure.json().getJsonNumber("id").longValue();
    }

    /** A draft order of {@code quantity} units; its id. */
    public static long draft(Shop shop, Buyer buyer, int quantity) {
        Reply draft = draftReply(shop, buyer, quantity);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        return draft.json().getJsonNumber("id").longValue();
    }

    /** The beneficiary drafts an order of {@code quantity} units; the reply as it came. */
    public static Reply draftReply(Shop shop, Buyer buyer, int quantity) {
        return Portal.post("/api/v1/orders", "{\"entitlementId\":" + buyer.measureId() + ",\"productId\":"
                + shop.productId() + ",\"quantity\":" + quantity + "}", buyer.user().token());
    }

    /**
     * The earliest day of arrival a stay ordered today may name: the day after the supplier's decision would
     * be due (five working days on the portal's working-day calendar).
     */
    public static LocalDate earliestArrival() {
        return KzWorkingCalendar.standard().addWorkingDays(TODAY, 5).plusDays(1);
    }

    /** A draft of a sanatorium stay arriving on {@code arrival} (one course); the reply as it came. */
    public static Reply stayDraft(Shop shop, Buyer buyer, LocalDate arrival) {
        return Portal.post("/api/v1/orders", "{\"entitlementId\":" + buyer.measureId() + ",\"productId\":"
                + shop.productId() + ",\"quantity\":1" + (arrival == null ? "" : ",\"arrivalDate\":\"" + arrival + "\"") + "}",
                buyer.user().token());
    }

    /** A sanatorium stay arriving on {@code arrival}, signed and accepted by the sanatorium; its id. */
    public static long acceptedStay(Shop shop, Buyer buyer, LocalDate arrival) {
        Reply draft = stayDraft(shop, buyer, arrival);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = sign(buyer, id);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        Reply accepted = supplierSigns(shop, id, "acceptance");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return id;
    }

    /** The beneficiary signs the order (and the reimbursement application); the reply as it came. */
    public static Reply sign(Buyer buyer, long orderId) {
        return Eds.signDocument("/api/v1/orders/" + orderId + "/document", "/api/v1/orders/" + orderId + "/signature",
                buyer.keys().signing(), buyer.user().token());
    }

    /** A signed (SUBMITTED) order; its id. */
    public static long submitted(Shop shop, Buyer buyer, int quantity) {
        long id = draft(shop, buyer, quantity);
        Reply signed = sign(buyer, id);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().getString("status")).isEqualTo("SUBMITTED");
        return id;
    }

    /** The supplier's signatory signs a step ({@code acceptance}, {@code delivery-act}). */
    public static Reply supplierSigns(Shop shop, long orderId, String step) {
        return Eds.signDocument("/api/v1/orders/" + orderId + "/" + step + "/document",
                "/api/v1/orders/" + orderId + "/" + step + "/signature", shop.supplier().head().signing(), shop.supplier().token());
    }

    /** An order taken from draft to COMPLETED: signed, accepted, top-up paid, delivered, received; its id. */
    public static long completed(Shop shop, Buyer buyer, int quantity) {
        long id = submitted(shop, buyer, quantity);
        assertThat(supplierSigns(shop, id, "acceptance").status()).isEqualTo(200);
        Reply topUp = Portal.post("/api/v1/orders/" + id + "/top-up-receipt", "{\"amount\":"
                + EXTRA.multiply(BigDecimal.valueOf(quantity)).toPlainString() + ",\"reference\":\"R-" + id + "\"}",
                shop.supplier().token());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        assertThat(supplierSigns(shop, id, "delivery-act").status()).isEqualTo(200);
        Reply received = Eds.signDocument("/api/v1/orders/" + id + "/receipt/document", "/api/v1/orders/" + id + "/receipt/signature",
                buyer.keys().signing(), buyer.user().token());
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().getString("status")).isEqualTo("COMPLETED");
        return id;
    }

    /** The order as its beneficiary sees it. */
    public static JsonObject order(Buyer buyer, long orderId) {
        return Portal.get("/api/v1/orders/" + orderId, buyer.user().token()).json();
    }
}
