package kz.kepil.ordering.web;

import jakarta.json.JsonObject;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.EdsBrowser;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestOrders;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ordering pages as their users meet them: a beneficiary signs the public contract from the wizard,
 * chooses an offer, sees the top-up before signing and signs the order; the supplier accepts in its inbox,
 * records the top-up and signs the delivery act; the beneficiary confirms receipt — all in Chromium with
 * keys in files. A refusal with its coded reason, a cancellation, the akimat's view of decisions owed
 * and missed, and a sanatorium recording a stay's arrival on its order page.
 */
class OrderPagesIT {

    @Test
    void aBeneficiaryAndASupplierTakeAnOrderFromTheEntitlementToCompletedInTheBrowser() {
        TestOrders.Shop shop = TestOrders.shop("KZ-75");
        TestOrders.Buyer buyer = TestOrders.buyerWithoutContract(shop, 3);
        long orderId;
        try (EdsBrowser beneficiary = EdsBrowser.start()) {
            beneficiary.signIn(buyer.keys().authentication());
            beneficiary.open("/cabinet/entitlements.xhtml?lang=en");
            beneficiary.press("order-" + buyer.measureId());

            // No public contract yet: the wizard sends the person to sign it and takes them back.
            assertThat(beneficiary.text("wizard-contract")).contains("You have not signed the public contract yet");
            beneficiary.press("wizard-contract-link");
            assertThat(beneficiary.text("contract-signed")).isEqualTo("Not signed yet");
            assertThat(beneficiary.sign("contract", buyer.keys().signing())).isEmpty();
            beneficiary.waiting().until(d -> d.getCurrentUrl().contains("/cabinet/order-new.xhtml"));
            assertThat(beneficiary.has("wizard-contract")).isFalse();

            // Step 1: the supplier's offer is listed with its top-up; choosing it shows the amounts per unit.
            beneficiary.waiting().until(d -> {
                if (!beneficiary.has("choose-" + shop.productId())) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            beneficiary.press("choose-" + shop.productId());
            assertThat(beneficiary.text("unit-top-up")).isEqualTo("25.00 ₸");
            assertThat(beneficiary.text("unit-top-up-note")).contains("before the delivery is complete");

            // Step 2: more than the entitlement is refused on the page; two are drafted.
            var quantity = beneficiary.driver().findElement(By.id("quantity-form:quantity"));
            quantity.clear();
            quantity.sendKeys("4");
            beneficiary.press("quantity-form:continue");
            assertThat(beneficiary.text("quantity-form:quantity-error")).contains("QUANTITY_EXCEEDS_ENTITLEMENT");
            quantity = beneficiary.driver().findElement(By.id("quantity-form:quantity"));
            quantity.clear();
            quantity.sendKeys("2");
            beneficiary.press("quantity-form:continue");
            beneficiary.waiting().until(d -> d.getCurrentUrl().contains("/cabinet/order.xhtml"));

            // Step 3: the exact amounts, the top-up among them, above the signature.
            assertThat(beneficiary.text("order-status")).isEqualTo("Not signed yet");
            assertThat(beneficiary.text("order-top-up")).isEqualTo("50.00 ₸");
            assertThat(beneficiary.text("order-quantity")).isEqualTo("2");
            orderId = Long.parseLong(beneficiary.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(beneficiary.sign("order-sign", buyer.keys().signing())).isEmpty();
            beneficiary.waiting().until(d -> beneficiary.text("order-status").equals("Waiting for the supplier's decision"));
            assertThat(beneficiary.text("order-next")).startsWith("The supplier decides by");
        }
        assertThat(TestOrders.order(buyer, orderId).getString("status")).isEqualTo("SUBMITTED");

        try (EdsBrowser supplier = EdsBrowser.start()) {
            supplier.signIn(shop.supplier().head().authentication());
            supplier.open("/supplier/orders.xhtml?lang=en");
            assertThat(supplier.driver().findElements(By.cssSelector("tr[data-order-id='" + orderId + "']"))).hasSize(1);
            assertThat(supplier.text("orders-waiting")).isEqualTo("Orders waiting for your decision: 1.");
            supplier.open("/supplier/order.xhtml?lang=en&id=" + orderId);
            assertThat(supplier.has("order-recipient")).isFalse();
            assertThat(supplier.sign("accept", shop.supplier().head().signing())).isEmpty();
            supplier.waiting().until(d -> supplier.text("order-status").equals("Accepted: being delivered"));
            assertThat(supplier.text("order-recipient")).contains("Тестова Әйгерім").contains("+77010009998");

            // The top-up first: the delivery act is offered only once it is recorded.
            assertThat(supplier.has("delivery-form")).isFalse();
            supplier.driver().findElement(By.id("top-up:amount")).sendKeys("50,00");
            supplier.driver().findElement(By.id("top-up:reference")).sendKeys("R-77");
            supplier.press("top-up:record");
            supplier.waiting().until(d -> supplier.has("delivery-form"));
            assertThat(supplier.text("order-top-up-paid")).isEqualTo("50.00 ₸ (R-77)");
            assertThat(supplier.sign("delivery", shop.supplier().head().signing())).isEmpty();
            supplier.waiting().until(d -> supplier.text("order-status").equals("Delivered: receipt to confirm"));
        }

        try (EdsBrowser beneficiary = EdsBrowser.start()) {
            beneficiary.signIn(buyer.keys().authentication());
            beneficiary.open("/cabinet/order.xhtml?lang=en&id=" + orderId);
            assertThat(beneficiary.text("order-next")).isEqualTo("Confirm receipt with your EDS.");
            assertThat(beneficiary.sign("receipt", buyer.keys().signing())).isEmpty();
            beneficiary.waiting().until(d -> beneficiary.text("order-status").equals("Completed"));
            beneficiary.open("/cabinet/orders.xhtml?lang=en");
            assertThat(beneficiary.driver().findElement(By.cssSelector("tr[data-order-id='" + orderId + "'] .order-status")).getText())
                    .isEqualTo("Completed");
        }
        JsonObject completed = TestOrders.order(buyer, orderId);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getJsonNumber("topUpPaid").bigDecimalValue()).isEqualByComparingTo("50.00");
        assertThat(completed.getJsonObject("signatures").keySet()).containsExactlyInAnyOrder("order", "decision", "delivery", "receipt");
    }

    @Test
    void theSupplierRefusesForACodedReasonAndTheBeneficiaryCancelsAnotherOrder() {
        TestOrders.Shop shop = TestOrders.shop("KZ-75");
        TestOrders.Buyer buyer = TestOrders.buyer(shop, 2);
        long refused = TestOrders.submitted(shop, buyer, 1);
        try (EdsBrowser supplier = EdsBrowser.start()) {
            supplier.signIn(shop.supplier().head().authentication());
            supplier.open("/supplier/order.xhtml?lang=en&id=" + refused);
            Select reason = new Select(supplier.driver().findElement(By.id("refuse-reason")));
            assertThat(reason.getOptions()).extracting(o -> o.getAttribute("value"))
                    .contains("NO_GOODS").doesNotContain("BED_DOUBLE_BOOKED");
            reason.selectByValue("FORCE_MAJEURE");
            assertThat(supplier.sign("refuse", shop.supplier().head().signing())).isEmpty();
            supplier.waiting().until(d -> supplier.text("order-status").equals("Refused by the supplier"));
            assertThat(supplier.text("order-refusal")).isEqualTo("force majeure");
        }
        assertThat(TestOrders.order(buyer, refused).getString("refusalReason")).isEqualTo("FORCE_MAJEURE");

        // The entitlement is open again: the product's card leads into the wizard with the product chosen.
        FacesBrowser cabinet = new FacesBrowser(buyer.user().token());
        cabinet.open("/catalog/product.xhtml?lang=en&region=KZ-75&id=" + shop.productId());
        assertThat(cabinet.html()).contains("/cabinet/order-new.xhtml?entitlement=" + buyer.measureId() + "&amp;product=" + shop.productId())
                .contains("Order this on my entitlement");
        FacesBrowser visitor = new FacesBrowser(null);
        visitor.open("/catalog/product.xhtml?lang=en&region=KZ-75&id=" + shop.productId());
        assertThat(visitor.html()).doesNotContain("/cabinet/order-new.xhtml");

        // A new order, cancelled by the beneficiary on its page (no script needed).
        long second = TestOrders.submitted(shop, buyer, 1);
        cabinet.open("/cabinet/order.xhtml?lang=en&id=" + second);
        assertThat(cabinet.html()).contains("data-status=\"SUBMITTED\"").contains("cancel:cancelButton");
        cabinet.submit("cancel", "cancel:cancelButton", Map.of("cancel:reason", "Changed my mind"));
        assertThat(TestOrders.order(buyer, second).getString("status")).isEqualTo("CANCELLED");
        cabinet.open("/cabinet/order.xhtml?lang=en&id=" + second);
        assertThat(cabinet.html()).contains("id=\"order-status\" data-status=\"CANCELLED\"").doesNotContain("cancel:cancelButton");

        // Another person's order is not found on the cabinet page.
        FacesBrowser stranger = new FacesBrowser(TestDatabase.userWithRoles("BENEFICIARY").token());
        stranger.open("/cabinet/order.xhtml?lang=en&id=" + second);
        assertThat(stranger.html()).contains("There is no such order for you.").doesNotContain("order-status");
    }

    @Test
    void aSanatoriumRecordsTheArrivalOnItsOrderPageOnlyOnceTheDayHasCome() {
        TestOrders.Shop shop = TestOrders.shopOf("KZ-75", "SAN-ADULT-14");
        TestOrders.Buyer buyer = TestOrders.buyer(shop, 1);
        LocalDate arrival = TestOrders.earliestArrival().plusDays(5);
        long order = TestOrders.acceptedStay(shop, buyer, arrival);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(arrival);

        FacesBrowser cabinet = new FacesBrowser(buyer.user().token());
        cabinet.open("/cabinet/order.xhtml?lang=en&id=" + order);
        assertThat(cabinet.html()).contains("id=\"stay-arrival\">" + day).contains("stay-cancellable-until")
                .contains("cancel:cancelButton");

        FacesBrowser inbox = new FacesBrowser(shop.supplier().token());
        inbox.open("/supplier/orders.xhtml?lang=en");
        assertThat(inbox.html()).contains("<td class=\"order-arrival\">" + day + "</td>");
        inbox.open("/supplier/order.xhtml?lang=en&id=" + order);
        assertThat(inbox.html()).as("nothing to record before the day of arrival")
                .doesNotContain("stay-arrival:recordArrival").doesNotContain("stay-no-show:recordNoShow")
                .contains("stay-cancel:cancelStay");
        try {
            Portal.request("PUT", "/api/v1/platform/clock")
                    .json("{\"now\":\"" + arrival.atTime(10, 0).atZone(ZoneId.of("Asia/Almaty")).toInstant() + "\"}").send();
            FacesBrowser supplier = new FacesBrowser(shop.supplier().headToken());
            supplier.open("/supplier/order.xhtml?lang=en&id=" + order);
            assertThat(supplier.html()).contains("stay-arrival:recordArrival").doesNotContain("stay-departure:recordDeparture")
                    .doesNotContain("stay-no-show:recordNoShow").doesNotContain("stay-cancel:cancelStay");
            supplier.submit("stay-arrival", "stay-arrival:recordArrival", Map.of("stay-arrival:arrivalDate", arrival.toString()));
            assertThat(Portal.get("/api/v1/orders/" + order, shop.supplier().headToken()).json().getString("arrivedOn"))
                    .isEqualTo(arrival.toString());
            supplier.open("/supplier/order.xhtml?lang=en&id=" + order);
            assertThat(supplier.html()).contains("id=\"stay-arrived-on\">" + day).contains("stay-departure:recordDeparture")
                    .doesNotContain("stay-arrival:recordArrival").doesNotContain("delivery-form");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }

    @Test
    void aRepresentativeOrdersOnThePagesForThePersonTheyRepresent() {
        TestOrders.Shop shop = TestOrders.shop("KZ-75");
        TestOrders.Buyer buyer = TestOrders.buyerWithoutContract(shop, 2);
        TestDatabase.TestUser guardian = TestDatabase.userWithRoles("REPRESENTATIVE");
        PersonalKeys keys = Eds.newPerson(guardian.iin());
        Portal.Reply represented = Portal.post("/api/v1/representations", """
                {"representativeIin": "%s", "beneficiaryIin": "%s", "kind": "LEGAL_REPRESENTATIVE",
                 "basis": "Guardianship decision 7/2026", "validFrom": "2026-01-01"}""".formatted(guardian.iin(), buyer.user().iin()),
                TestDatabase.userWithRoles("AKIMAT_SPECIALIST").token());
        assertThat(represented.status()).as(represented.toString()).isEqualTo(201);

        FacesBrowser cabinet = new FacesBrowser(guardian.token());
        cabinet.open("/cabinet/entitlements.xhtml?lang=en&for=" + buyer.user().iin());
        assertThat(cabinet.html()).contains("/cabinet/order-new.xhtml?entitlement=" + buyer.measureId());
        cabinet.open("/cabinet/order-new.xhtml?lang=en&entitlement=" + buyer.measureId() + "&product=" + shop.productId());
        assertThat(cabinet.html()).contains("/cabinet/contract.xhtml?for=" + buyer.user().iin())
                .doesNotContain("quantity-form");

        // The representative signs the public contract for the person with their own key, then orders.
        Portal.Reply contract = Eds.signDocument("/api/v1/me/public-contract/document?iin=" + buyer.user().iin(),
                "/api/v1/me/public-contract/signature?iin=" + buyer.user().iin(), keys.signing(), guardian.token());
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        cabinet.open("/cabinet/order-new.xhtml?lang=en&entitlement=" + buyer.measureId() + "&product=" + shop.productId());
        var drafted = cabinet.submit("quantity-form", "quantity-form:continue", Map.of("quantity-form:quantity", "2"));
        assertThat(drafted.uri().getPath()).isEqualTo("/cabinet/order.xhtml");
        assertThat(cabinet.html()).contains("data-status=\"DRAFT\"").contains("order-sign-form");
        long id = Long.parseLong(drafted.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        Portal.Reply signed = Eds.signDocument("/api/v1/orders/" + id + "/document", "/api/v1/orders/" + id + "/signature",
                keys.signing(), guardian.token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

        cabinet.open("/cabinet/orders.xhtml?lang=en");
        assertThat(cabinet.html()).contains("data-order-id=\"" + id + "\"").contains("For (IIN)").contains(buyer.user().iin());
    }

    @Test
    void theAkimatSeesDecisionsOwedAndThoseThatExpired() {
        TestOrders.Shop shop = TestOrders.shop("KZ-75");
        TestOrders.Buyer buyer = TestOrders.buyer(shop, 1);
        long id = TestOrders.submitted(shop, buyer, 1);
        // A session that outlives the clock moved past the deadline.
        FacesBrowser akimat = new FacesBrowser(TestDatabase.longSession(TestDatabase.userWithRoles("AKIMAT_SPECIALIST").id()));
        akimat.open("/akimat/orders.xhtml?lang=en");
        String awaiting = section(akimat.html(), "awaiting");
        assertThat(awaiting).contains("data-order-id=\"" + id + "\"").contains("the end of").doesNotContain("past due");

        Instant due = Instant.parse(TestOrders.order(buyer, id).getString("decisionDue"));
        try {
            assertThat(Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + due.plusSeconds(60) + "\"}")
                    .send().status()).isEqualTo(200);
            akimat.open("/akimat/orders.xhtml?lang=en");
            String html = akimat.html();
            // Past due: marked until the next run expires it, then among the expired.
            assertThat(section(html, "awaiting").contains("data-order-id=\"" + id + "\"")
                    ? section(html, "awaiting").contains("past due")
                    : section(html, "unanswered").contains("data-order-id=\"" + id + "\"")).isTrue();
            assertThat(Portal.request("POST", "/api/v1/platform/jobs").send().status()).isEqualTo(200);
            akimat.open("/akimat/orders.xhtml?lang=en");
            assertThat(section(akimat.html(), "unanswered")).contains("data-order-id=\"" + id + "\"")
                    .contains("Expired: no decision in time");
            assertThat(section(akimat.html(), "awaiting")).doesNotContain("data-order-id=\"" + id + "\"");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }

        // A beneficiary is kept out of the akimat's page.
        FacesBrowser beneficiary = new FacesBrowser(buyer.user().token());
        assertThat(beneficiary.open("/akimat/orders.xhtml").statusCode()).isEqualTo(403);
    }

    /** The part of the akimat's page under the heading of one group. */
    private static String section(String html, String group) {
        int from = html.indexOf("id=\"" + group + "-heading\"");
        assertThat(from).as("the " + group + " section").isNotNegative();
        int to = html.indexOf("</section>", from);
        return html.substring(from, to);
    }
}
