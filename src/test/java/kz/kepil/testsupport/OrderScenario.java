package kz.kepil.testsupport;

import jakarta.json.JsonObject;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestSuppliers.Company;

import java.math.BigDecimal;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an order needs, made through the API: a listed supplier of hygiene means in region KZ-75 with a
 * product of a portal type priced {@code extra} above the type's guaranteed sum, and a beneficiary of
 * akimat SD-75 with their own keys and an entitlement of that type sent by E-Sobes.
 */
public record OrderScenario(TestUser beneficiary, PersonalKeys keys, long measureId, Company supplier, long productId,
                            BigDecimal price, BigDecimal sum, String type) {

    /**
     * A type ordered in any quantity and again after receipt: without a yearly norm (and so without a
     * quarterly minimum) and without a replacement period.
     */
    public static final Predicate<JsonObject> ANY_QUANTITY = t -> !t.containsKey("yearlyNorm") && !t.containsKey("replacementMonths");

    public static OrderScenario create(Predicate<JsonObject> kind, BigDecimal extra, int entitled) {
        TestOrders.Shop shop = TestOrders.shop("KZ-75", kind, extra);
        return new OrderScenario(null, null, 0, shop.supplier(), shop.productId(), shop.price(), shop.sum(), shop.type())
                .anotherBeneficiary(entitled);
    }

    /** Another beneficiary, with keys and an entitlement to the same type, of the same supplier's product. */
    public OrderScenario anotherBeneficiary(int entitled) {
        TestUser person = TestDatabase.userWithRoles("BENEFICIARY");
        PersonalKeys personal = Eds.newPerson(person.iin());
        long measure = TestOrders.entitlement(person, new TestOrders.Shop(supplier, productId, type, price, sum, "KZ-75"), entitled);
        return new OrderScenario(person, personal, measure, supplier, productId, price, sum, type);
    }

    /** The beneficiary signs the public contract through the API. */
    public OrderScenario withContract() {
        Reply contract = Eds.signDocument("/api/v1/me/public-contract/document", "/api/v1/me/public-contract/signature",
                keys.signing(), beneficiary.token());
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        return this;
    }

    /** The beneficiary drafts an order of {@code quantity} through the API. */
    public Reply draft(int quantity) {
        return Portal.post("/api/v1/orders", "{\"entitlementId\":" + measureId + ",\"productId\":" + productId
                + ",\"quantity\":" + quantity + "}", beneficiary.token());
    }

    /** An order of {@code quantity} drafted and signed by the beneficiary through the API, now SUBMITTED: its id. */
    public long submitted(int quantity) {
        Reply draft = draft(quantity);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = Eds.signDocument("/api/v1/orders/" + id + "/document", "/api/v1/orders/" + id + "/signature",
                keys.signing(), beneficiary.token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().getString("status")).isEqualTo("SUBMITTED");
        return id;
    }

    public JsonObject order(long id) {
        return Portal.get("/api/v1/orders/" + id, beneficiary.token()).json();
    }
}
