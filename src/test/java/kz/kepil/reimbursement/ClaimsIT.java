package kz.kepil.reimbursement;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Buyer;
import kz.kepil.testsupport.TestOrders.Shop;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims: a completed order becomes a claim, its checks pass or fail with their reasons (a tampered
 * stored signature, a supplier not listed when the order was signed), finance rejects with a reason.
 */
class ClaimsIT {

    static final String FINANCE = TestDatabase.userWithRoles("FINANCE_OFFICER").token();

    /** The one claim of the shop's supplier, after the portal's jobs ran its checks. */
    static JsonObject claimOf(Shop shop) {
        Portal.request("POST", "/api/v1/platform/jobs").send();
        Reply list = Portal.get("/api/v1/reimbursement/claims?supplierId=" + shop.supplier().id(), FINANCE);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.jsonArray()).hasSize(1);
        return list.jsonArray().getJsonObject(0);
    }

    static Reply recheck(long claimId) {
        return Portal.post("/api/v1/reimbursement/claims/" + claimId + "/checks", "", FINANCE);
    }

    private static long evidenceOf(Buyer buyer, long orderId, String step) {
        return TestOrders.order(buyer, orderId).getJsonObject("signatures").getJsonNumber(step).longValue();
    }

    @Test
    void aCompletedOrderBecomesAClaimForItsStateAmountWhoseChecksAllPass() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        long order = TestOrders.completed(shop, buyer, 3);
        JsonObject claim = claimOf(shop);
        assertThat(claim.getJsonNumber("orderId").longValue()).isEqualTo(order);
        assertThat(claim.getString("status")).as(claim.toString()).isEqualTo("READY");
        assertThat(claim.getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo(TestOrders.order(buyer, order).getJsonNumber("stateAmount").bigDecimalValue());
        assertThat(claim.getJsonArray("checks").stream().map(JsonValue::asJsonObject).map(c -> c.getString("name")))
                .containsExactly("ORDER_SIGNATURE", "ACCEPTANCE_SIGNATURE", "DELIVERY_SIGNATURE", "RECEIPT_SIGNATURE",
                        "SUPPLIER_LISTED", "ENTITLEMENT", "AMOUNT", "NOT_PAID_BEFORE");
        assertThat(claim.getJsonArray("checks").stream().map(JsonValue::asJsonObject)).allMatch(c -> c.getBoolean("passed"));

        long id = claim.getJsonNumber("id").longValue();
        assertThat(Portal.get("/api/v1/reimbursement/claims/" + id, TestDatabase.userWithRoles("AUDITOR").token()).status())
                .isEqualTo(200);
        assertThat(Portal.get("/api/v1/reimbursement/claims?akimatCode=SD-71", FINANCE).status()).isEqualTo(404);
        assertThat(Portal.get("/api/v1/reimbursement/claims/" + id, buyer.user().token()).status()).isEqualTo(403);
        assertThat(Portal.get("/api/v1/reimbursement/claims?status=PAID", FINANCE).status()).isEqualTo(400);
    }

    @Test
    void aClaimWhoseStoredSignatureBytesWereTamperedFailsItsChecks() throws Exception {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        long order = TestOrders.completed(shop, buyer, 2);
        long claim = claimOf(shop).getJsonNumber("id").longValue();
        long receipt = evidenceOf(buyer, order, "receipt");
        try (Connection c = TestDatabase.connect()) {
            byte[] cms;
            try (PreparedStatement read = c.prepareStatement("SELECT cms FROM signature_evidence WHERE id = ?")) {
                read.setLong(1, receipt);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    cms = rs.getBytes(1);
                }
            }
            cms[cms.length - 1] ^= 0x01; // the last byte of the signature value
            try (PreparedStatement write = c.prepareStatement("UPDATE signature_evidence SET cms = ? WHERE id = ?")) {
                write.setBytes(1, cms);
                write.setLong(2, receipt);
                assertThat(write.executeUpdate()).isEqualTo(1);
            }
        }
        Reply checked = recheck(claim);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        JsonObject failed = checked.json();
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).startsWith("RECEIPT_SIGNATURE").contains("SIGNATURE_INVALID");
        assertThat(failed.getJsonArray("checks").stream().map(JsonValue::asJsonObject).filter(k -> !k.getBoolean("passed"))
                .map(k -> k.getString("name")).toList()).isEqualTo(List.of("RECEIPT_SIGNATURE"));
    }

    @Test
    void aClaimWhoseKeptDocumentWasChangedFailsItsChecks() throws Exception {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        long order = TestOrders.completed(shop, buyer, 2);
        long claim = claimOf(shop).getJsonNumber("id").longValue();
        try (Connection c = TestDatabase.connect();
             PreparedStatement write = c.prepareStatement(
                     "UPDATE signature_evidence SET document_content = REPLACE(document_content, '\"quantity\":2', '\"quantity\":20')"
                             + " WHERE id = ?")) {
            write.setLong(1, evidenceOf(buyer, order, "order"));
            assertThat(write.executeUpdate()).isEqualTo(1);
        }
        JsonObject failed = recheck(claim).json();
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).startsWith("ORDER_SIGNATURE").contains("differs from the one signed");
    }

    @Test
    void aClaimOfASupplierNotListedWhenTheOrderWasSignedFails() throws Exception {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        TestOrders.completed(shop, buyer, 1);
        long claim = claimOf(shop).getJsonNumber("id").longValue();
        try (Connection c = TestDatabase.connect();
             PreparedStatement write = c.prepareStatement("UPDATE supplier_decision SET signed_at = DATE_ADD(signed_at, INTERVAL 1 DAY)"
                     + " WHERE supplier_id = ? AND decision = 'ADMIT'")) {
            write.setLong(1, shop.supplier().id());
            assertThat(write.executeUpdate()).isEqualTo(1);
        }
        JsonObject failed = recheck(claim).json();
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).startsWith("SUPPLIER_LISTED").contains("not in the registry");
    }

    @Test
    void financeRejectsAClaimWithAReasonAndItsReservationReturnsToTheBudget() {
        Shop shop = TestOrders.shop("KZ-75");
        Buyer buyer = TestOrders.buyer(shop, 10);
        long order = TestOrders.completed(shop, buyer, 2);
        long claim = claimOf(shop).getJsonNumber("id").longValue();
        String path = "/api/v1/reimbursement/claims/" + claim + "/rejection";
        assertThat(Portal.post(path, "{\"reason\":\" \"}", FINANCE).status()).isEqualTo(400);
        assertThat(Portal.post(path, "{\"reason\":\"duplicate delivery\"}", TestDatabase.userWithRoles("FINANCE_APPROVER").token())
                .status()).isEqualTo(403);
        Reply rejected = Portal.post(path, "{\"reason\":\"duplicate delivery\"}", FINANCE);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.json().getString("rejectedReason")).isEqualTo("duplicate delivery");
        assertThat(Portal.post(path, "{\"reason\":\"again\"}", FINANCE).problemCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(recheck(claim).problemCode()).isEqualTo("ILLEGAL_TRANSITION");
        List<String> kinds = Portal.get("/api/v1/akimats/SD-75/budget/movements", FINANCE).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(m -> m.containsKey("orderId") && m.getJsonNumber("orderId").longValue() == order)
                .map(m -> m.getString("kind")).toList();
        assertThat(kinds).containsExactly("RESERVE", "RELEASE");
    }
}
