package kz.kepil.ordering.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.EdsBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Buyer;
import kz.kepil.testsupport.TestOrders.Shop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly act of an hourly service on the pages: the supplier chooses the ended month, types the hours
 * of its days, is told what the portal refuses (more than 8 hours a day), signs the act of the checked
 * sheet in the browser; the beneficiary sees the act with its amounts and confirms it with EDS.
 */
class ServiceActPagesIT {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void theSupplierFilesTheMonthsActOnItsPageAndTheBeneficiaryConfirmsIt() {
        Shop shop = TestOrders.shopOf("KZ-75", "PAS-HOUR");
        Buyer buyer = TestOrders.buyer(shop, 40);
        long order = TestOrders.submitted(shop, buyer, 10);
        assertThat(TestOrders.supplierSigns(shop, order, "acceptance").status()).isEqualTo(200);
        LocalDate acceptedOn = LocalDate.now(ALMATY);
        YearMonth month = YearMonth.from(acceptedOn);
        String auditor = TestDatabase.longSession(TestDatabase.userWithRoles("AUDITOR").id());
        try {
            Portal.request("PUT", "/api/v1/platform/clock")
                    .json("{\"now\":\"" + month.plusMonths(1).atDay(3).atTime(11, 0).atZone(ALMATY).toInstant() + "\"}").send();
            try (EdsBrowser supplier = EdsBrowser.start()) {
                supplier.signIn(shop.supplier().head().authentication());
                supplier.open("/supplier/order.xhtml?lang=en&id=" + order);
                assertThat(supplier.text("order-next")).startsWith("Give the service and file an act");
                assertThat(supplier.has("delivery-form")).as("no goods delivery act for a service").isFalse();
                supplier.press("act-sheet:show");
                supplier.waiting().until(d -> supplier.has("act-days"));
                By today = By.cssSelector("input[data-day='" + acceptedOn + "']");
                supplier.driver().findElement(today).sendKeys("9");
                supplier.press("act-sheet:prepare");
                supplier.waiting().until(d -> supplier.text("act-sheet:act-errors").contains("ACT_DAILY_HOURS_EXCEEDED"));
                assertThat(supplier.has("act-form")).isFalse();
                supplier.driver().findElement(today).clear();
                supplier.driver().findElement(today).sendKeys("6");
                supplier.press("act-sheet:prepare");
                supplier.waiting().until(d -> supplier.has("act-form"));
                assertThat(supplier.text("act-prepared")).contains(month.toString()).contains("6 hours");
                assertThat(supplier.sign("act", shop.supplier().head().signing())).isEmpty();
                supplier.waiting().until(d -> supplier.has("acts"));
                assertThat(supplier.text("act-" + month)).contains("Waiting for the beneficiary's confirmation");
                assertThat(supplier.text("act-no-month")).isEqualTo("No ended month is waiting for its act.");
            }
            List<JsonObject> acts = Portal.get("/api/v1/orders/" + order + "/acts", auditor).jsonArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertThat(acts).hasSize(1);
            assertThat(acts.get(0).getInt("hours")).isEqualTo(6);
            long act = acts.get(0).getJsonNumber("id").longValue();

            try (EdsBrowser beneficiary = EdsBrowser.start()) {
                beneficiary.signIn(buyer.keys().authentication());
                beneficiary.open("/cabinet/order.xhtml?lang=en&id=" + order);
                assertThat(beneficiary.text("act-" + month)).contains(acceptedOn.getDayOfMonth() + ": 6");
                assertThat(beneficiary.sign("confirm-" + act, buyer.keys().signing())).isEmpty();
                beneficiary.waiting().until(d -> beneficiary.text("act-" + month).contains("Confirmed"));
                assertThat(beneficiary.has("confirm-" + act + "-form")).isFalse();
            }
            assertThat(Portal.get("/api/v1/orders/" + order + "/acts", auditor).jsonArray().getJsonObject(0).getString("status"))
                    .isEqualTo("CONFIRMED");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }
}
