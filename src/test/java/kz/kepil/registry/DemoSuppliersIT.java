package kz.kepil.registry;

import jakarta.json.JsonObject;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo portal's suppliers entered the registry as any supplier does: applied, the contract
 * signed by their head, admitted by the authority's signed decision; their staff hold their roles,
 * and they offer the demo catalog through the API.
 */
class DemoSuppliersIT {

    private static JsonObject listed(String bin) {
        return Portal.get("/api/v1/registry?status=LISTED").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(s -> bin.equals(s.getString("bin", null))).findFirst().orElseThrow();
    }

    @Test
    void demoSuppliersAreListedBySignedDecisions() {
        for (String bin : new String[]{"100440000004", "150740000004"}) {
            JsonObject supplier = listed(bin);
            assertThat(supplier.getInt("contractVersion")).isEqualTo(1);
            var history = Portal.get("/api/v1/suppliers/" + supplier.getJsonNumber("id") + "/history").jsonArray();
            assertThat(history.getJsonObject(0).getString("decision")).isEqualTo("ADMIT");
            assertThat(history.getJsonObject(0).getString("signedByIin")).isEqualTo("750512300009");
        }
    }

    @Test
    void demoSupplierStaffHoldTheirRolesForTheirSupplier() {
        long supplier1 = listed("100440000004").getJsonNumber("id").longValue();

        JsonObject head = Portal.get("/api/v1/me", Eds.signIn(DemoKeys.demo("supplier1-ceo", "auth"))).json();
        JsonObject manager = Portal.get("/api/v1/me", Eds.signIn(DemoKeys.demo("supplier1-manager", "auth"))).json();

        assertThat(head.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()).contains("SUPPLIER_SIGNATORY");
        assertThat(head.getJsonNumber("supplierId").longValue()).isEqualTo(supplier1);
        assertThat(manager.getJsonArray("roles").getString(0)).isEqualTo("SUPPLIER_MANAGER");
        assertThat(manager.getJsonNumber("supplierId").longValue()).isEqualTo(supplier1);
    }

    @Test
    void demoSuppliersOfferTheDemoCatalogAcrossEveryPortalCategory() {
        int offered = 0;
        java.util.Set<String> categories = new java.util.TreeSet<>();
        for (String bin : new String[]{"100440000004", "150740000004"}) {
            long id = listed(bin).getJsonNumber("id").longValue();
            JsonObject page = Portal.get("/api/v1/products?size=100&supplierId=" + id).json();
            offered += page.getInt("total");
            for (int p = 0; p * 100 < page.getInt("total"); p++) {
                Portal.get("/api/v1/products?size=100&page=" + p + "&supplierId=" + id).json().getJsonArray("items")
                        .forEach(v -> categories.add(v.asJsonObject().getString("category")));
            }
        }
        assertThat(offered).isGreaterThan(250);
        assertThat(categories).containsExactlyInAnyOrder("HYGIENE_MEANS", "WHEELCHAIRS", "TYPHLOTECHNICAL",
                "SURDOTECHNICAL", "SANATORIUM_TREATMENT", "PERSONAL_ASSISTANT", "SIGN_LANGUAGE_SPECIALIST",
                "SPECIAL_SOCIAL_SERVICES");
    }
}
