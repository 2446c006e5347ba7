package kz.kepil.reimbursement.web;

import jakarta.json.JsonObject;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Shop;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance pages: the budget and its ledger, claims rejected with a reason, a register built on its
 * page, approved (over the API, as the page's script does) and paid on the page; auditors only read.
 */
class FinancePagesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    private static long claimOf(Shop shop, String token) {
        Portal.request("POST", "/api/v1/platform/jobs").send();
        return Portal.get("/api/v1/reimbursement/claims?supplierId=" + shop.supplier().id(), token).jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void theBudgetPageShowsTheFiguresAndTheLedgerLineByLine() {
        Shop shop = TestOrders.shop("KZ-75");
        long order = TestOrders.submitted(shop, TestOrders.buyer(shop, 5), 1);
        FacesBrowser officer = new FacesBrowser(Eds.signIn(DemoKeys.demo("finance-officer", "auth")));
        assertThat(officer.open("/akimat/budget.xhtml").statusCode()).isEqualTo(200);
        assertThat(officer.html()).contains("id=\"budget-available\"").contains("id=\"ledger\"").contains("O-" + order);
        FacesBrowser auditor = new FacesBrowser(TestDatabase.userWithRoles("AUDITOR").token());
        assertThat(auditor.open("/akimat/budget.xhtml?akimat=SD-75").statusCode()).isEqualTo(200);
        assertThat(auditor.html()).contains("O-" + order);
        assertThat(new FacesBrowser(TestDatabase.userWithRoles("BENEFICIARY").token()).open("/akimat/budget.xhtml").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anOfficerRejectsAClaimOnThePageAndAnAuditorOnlyReads() {
        Shop shop = TestOrders.shop("KZ-75");
        TestOrders.completed(shop, TestOrders.buyer(shop, 5), 1);
        String token = TestDatabase.userWithRoles("FINANCE_OFFICER").token();
        long claim = claimOf(shop, token);
        FacesBrowser officer = new FacesBrowser(token);
        officer.open("/akimat/claims.xhtml?status=READY");
        assertThat(officer.html()).contains("id=\"claim-" + claim + "\"").contains("claim-action");
        officer.submit("claim-action", "claim-action:reject", Map.of("claim-action:claim", String.valueOf(claim),
                "claim-action:reason", "delivery not seen"));
        assertThat(officer.html()).contains("ui-messages-info").doesNotContain("id=\"claim-" + claim + "\"");
        officer.open("/akimat/claims.xhtml?status=REJECTED");
        assertThat(officer.html()).contains("id=\"claim-" + claim + "\"").contains("delivery not seen");
        assertThat(Portal.get("/api/v1/reimbursement/claims/" + claim, token).json().getString("status")).isEqualTo("REJECTED");

        FacesBrowser auditor = new FacesBrowser(TestDatabase.userWithRoles("AUDITOR").token());
        assertThat(auditor.open("/akimat/claims.xhtml?akimat=SD-75&status=REJECTED").statusCode()).isEqualTo(200);
        assertThat(auditor.html()).contains("id=\"claim-" + claim + "\"").doesNotContain("claim-action");
    }

    @Test
    void aRegisterIsBuiltOnThePageApprovedByAnotherPersonAndItsPaymentRecordedThere() {
        Shop shop = TestOrders.shop("KZ-75");
        TestOrders.completed(shop, TestOrders.buyer(shop, 5), 2);
        String maker = TestDatabase.userWithRoles("FINANCE_OFFICER").token();
        claimOf(shop, maker);
        FacesBrowser officer = new FacesBrowser(maker);
        officer.open("/akimat/registers.xhtml");
        var created = officer.submit("register-new", "register-new:create", Map.of("register-new:periodFrom",
                TODAY.minusDays(1).toString(), "register-new:periodTo", TODAY.toString(), "register-new:supplierId",
                String.valueOf(shop.supplier().id())));
        assertThat(created.uri().getPath()).endsWith("/akimat/register.xhtml");
        long id = Long.parseLong(created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        String html = officer.html();
        assertThat(html).contains("id=\"register-status\"").contains("id=\"lines\"").contains("O-");
        assertThat(html).doesNotContain("register-form");

        String approverToken = Eds.signIn(DemoKeys.demo("finance-approver", "auth"));
        FacesBrowser approver = new FacesBrowser(approverToken);
        approver.open("/akimat/register.xhtml?id=" + id);
        assertThat(approver.html()).contains("id=\"register-form\"").contains("/api/v1/reimbursement/registers/" + id + "/approval");
        assertThat(Eds.signDocument("/api/v1/reimbursement/registers/" + id + "/document",
                "/api/v1/reimbursement/registers/" + id + "/approval", DemoKeys.demo("finance-approver", "sign"), approverToken)
                .status()).isEqualTo(200);

        approver.open("/akimat/register.xhtml?id=" + id);
        assertThat(approver.html()).contains("id=\"payment-file\"").contains("payment:pay");
        approver.submit("payment", "payment:pay", Map.of("payment:bankReference", "KKMF-PAGE-1", "payment:paidOn", TODAY.toString(),
                "id", String.valueOf(id)));
        assertThat(approver.html()).contains("id=\"register-reference\"").contains("KKMF-PAGE-1");
        JsonObject paid = Portal.get("/api/v1/reimbursement/registers/" + id, approverToken).json();
        assertThat(paid.getString("status")).isEqualTo("PAID");
    }
}
