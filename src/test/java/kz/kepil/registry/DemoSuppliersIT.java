package kz.kepil.registry;

import jakarta.json.JsonObject;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo portal's suppliers entered the registry as any supplier does: applied, the contract
 * signed by their head, admitted by the authority's signed decision; their staff hold their roles.
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
}
