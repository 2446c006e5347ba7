package kz.kepil.reimbursement;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Buyer;
import kz.kepil.testsupport.TestOrders.Shop;
import kz.kepil.testsupport.TestRegisters;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Payment registers: built by one finance officer from READY claims, approved with EDS by a different
 * finance approver holding the financial-signing role, paid once; two officers at once never share a claim.
 */
class RegistersIT {

    static final String AKIMAT_BIN = "990340000004";
    static final String AKIMAT_NAME = "Алматы қаласы жұмыспен қамту және әлеуметтік бағдарламалар басқармасы";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    /** A shop of SD-75 with {@code orders} completed orders whose claims are READY; the orders' ids. */
    static List<Long> readyClaims(Shop shop, int orders) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            Buyer buyer = TestOrders.buyer(shop, 10);
            ids.add(TestOrders.completed(shop, buyer, 1 + i));
        }
        Portal.request("POST", "/api/v1/platform/jobs").send();
        return ids;
    }

    static Reply approve(long register, PersonalKeys approver, String token) {
        return Eds.signDocument("/api/v1/reimbursement/registers/" + register + "/document",
                "/api/v1/reimbursement/registers/" + register + "/approval", approver.signing(), token);
    }

    private static List<JsonObject> claims(Shop shop, String token) {
        return Portal.get("/api/v1/reimbursement/claims?supplierId=" + shop.supplier().id(), token).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void aRegisterIsBuiltByAnOfficerApprovedByAnotherPersonAndPaidOnce() throws Exception {
        Shop shop = TestOrders.shop("KZ-75");
        List<Long> orders = readyClaims(shop, 2);
        String officer = Eds.signIn(DemoKeys.demo("finance-officer", "auth"));
        assertThat(claims(shop, officer)).extracting(c -> c.getString("status")).containsOnly("READY");

        Reply built = TestRegisters.build(shop, officer, TODAY);
        assertThat(built.status()).as(built.toString()).isEqualTo(201);
        JsonObject draft = built.json();
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("lines")).hasSize(2);
        BigDecimal total = claims(shop, officer).stream().map(c -> amount(c, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(amount(draft, "total")).isEqualByComparingTo(total);
        assertThat(claims(shop, officer)).extracting(c -> c.getString("status")).containsOnly("IN_REGISTER");
        assertThat(Portal.post("/api/v1/reimbursement/registers/" + id + "/payment",
                "{\"bankReference\":\"EARLY\",\"paidOn\":\"" + TODAY + "\"}", officer).problemCode()).isEqualTo("ILLEGAL_TRANSITION");

        String document = Portal.get("/api/v1/reimbursement/registers/" + id + "/document", officer).json().getString("content");
        assertThat(document).contains("\"documentType\":\"PAYMENT_REGISTER\"").contains("\"bin\":\"" + AKIMAT_BIN + "\"")
                .contains("\"total\":\"" + total.setScale(2).toPlainString() + "\"").contains("KZ86125KZT5004100100");
        assertThat(Portal.get("/api/v1/reimbursement/registers/" + id + "/payment-file", officer).problemCode())
                .isEqualTo("REGISTER_NOT_APPROVED");
        Reply approved = TestRegisters.approveAsDemoApprover(id);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getString("approvedBy")).isEqualTo("830422400003");

        Reply file = Portal.get("/api/v1/reimbursement/registers/" + id + "/payment-file", officer);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/xml");
        kz.kepil.reimbursement.infrastructure.Pain001File.validate(file.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.body()).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09")
                .contains("<NbOfTxs>2</NbOfTxs>").contains("<CtrlSum>" + total.setScale(2).toPlainString() + "</CtrlSum>")
                .contains("<IBAN>KZ740700KZT750000000</IBAN>").contains("<BICFI>KKMFKZ2A</BICFI>")
                .contains("<IBAN>KZ86125KZT5004100100</IBAN>").contains("<BICFI>HSBKKZKX</BICFI>");
        for (long order : orders) {
            assertThat(file.body()).containsPattern("<EndToEndId>O-" + order + "-C\\d+</EndToEndId>");
        }

        JsonObject before = Portal.get("/api/v1/akimats/SD-75/budget", officer).json();
        Reply paid = Portal.post("/api/v1/reimbursement/registers/" + id + "/payment",
                "{\"bankReference\":\"KKMF-2026-0001\",\"paidOn\":\"" + TODAY + "\"}", officer);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().getString("status")).isEqualTo("PAID");
        JsonObject after = Portal.get("/api/v1/akimats/SD-75/budget", officer).json();
        assertThat(amount(after, "spent").subtract(amount(before, "spent"))).isEqualByComparingTo(total);
        assertThat(amount(before, "committed").subtract(amount(after, "committed"))).isEqualByComparingTo(total);
        assertThat(amount(after, "allocated")).isEqualByComparingTo(amount(before, "allocated"));
        assertThat(claims(shop, officer)).extracting(c -> c.getString("status")).containsOnly("REIMBURSED");
        String auditor = TestDatabase.userWithRoles("AUDITOR").token();
        for (long order : orders) {
            assertThat(Portal.get("/api/v1/orders/" + order, auditor).json().getString("status")).isEqualTo("REIMBURSED");
            List<String> kinds = Portal.get("/api/v1/akimats/SD-75/budget/movements", auditor).jsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(m -> m.containsKey("orderId") && m.getJsonNumber("orderId").longValue() == order)
                    .map(m -> m.getString("kind")).toList();
            assertThat(kinds).containsExactly("RESERVE", "SPEND");
        }

        // Paid once: neither the register again, nor its claims in another register.
        assertThat(Portal.post("/api/v1/reimbursement/registers/" + id + "/payment",
                "{\"bankReference\":\"KKMF-2026-0002\",\"paidOn\":\"" + TODAY + "\"}", officer).problemCode()).isEqualTo("ALREADY_PAID");
        assertThat(TestRegisters.build(shop, officer, TODAY).problemCode()).isEqualTo("NO_READY_CLAIMS");
        long claim = claims(shop, officer).get(0).getJsonNumber("id").longValue();
        assertThatThrownBy(() -> {
            try (Connection c = TestDatabase.connect();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO payment_register_line (register_id, claim_id, order_id,"
                         + " order_number, supplier_id, amount) SELECT ?, id, order_id, order_number, supplier_id, amount FROM claim WHERE id = ?")) {
                insert.setLong(1, id);
                insert.setLong(2, claim);
                insert.executeUpdate();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("Duplicate");
    }

    @Test
    void theMakerCannotApproveTheirOwnRegister() {
        Shop shop = TestOrders.shop("KZ-75");
        readyClaims(shop, 1);
        TestUser both = TestDatabase.userWithRoles("FINANCE_OFFICER", "FINANCE_APPROVER");
        PersonalKeys keys = Eds.newStaff(both.iin(), AKIMAT_BIN, AKIMAT_NAME, OrganisationRole.MAY_SIGN_FINANCIAL);
        long id = TestRegisters.build(shop, both.token(), TODAY).json().getJsonNumber("id").longValue();
        Reply own = approve(id, keys, both.token());
        assertThat(own.status()).as(own.toString()).isEqualTo(422);
        assertThat(own.problemCode()).isEqualTo("MAKER_CANNOT_APPROVE");
        assertThat(Portal.get("/api/v1/reimbursement/registers/" + id, both.token()).json().getString("status")).isEqualTo("DRAFT");
        assertThat(TestRegisters.approveAsDemoApprover(id).status()).isEqualTo(200);
    }

    @Test
    void theApproversCertificateMustCarryTheFinancialSigningRoleForTheAkimat() {
        Shop shop = TestOrders.shop("KZ-75");
        readyClaims(shop, 1);
        long id = TestRegisters.build(shop, TestDatabase.userWithRoles("FINANCE_OFFICER").token(), TODAY).json().getJsonNumber("id").longValue();
        TestUser approver = TestDatabase.userWithRoles("FINANCE_APPROVER");
        Reply noRole = approve(id, Eds.newStaff(approver.iin(), AKIMAT_BIN, AKIMAT_NAME, OrganisationRole.MAY_SIGN), approver.token());
        assertThat(noRole.problemCode()).as(noRole.toString()).isEqualTo("SIGNER_ROLE_MISSING");
        Reply otherBin = approve(id, Eds.newStaff(approver.iin(), TestDatabase.freshBin(), "Басқа ұйым",
                OrganisationRole.MAY_SIGN_FINANCIAL), approver.token());
        assertThat(otherBin.problemCode()).isEqualTo("SIGNER_MISMATCH");
        Reply other = approve(id, Eds.newStaff(TestDatabase.freshIin(), AKIMAT_BIN, AKIMAT_NAME, OrganisationRole.MAY_SIGN_FINANCIAL),
                approver.token());
        assertThat(other.problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(Portal.get("/api/v1/reimbursement/registers/" + id, approver.token()).json().getString("status")).isEqualTo("DRAFT");
        Reply approved = approve(id, Eds.newStaff(approver.iin(), AKIMAT_BIN, AKIMAT_NAME, OrganisationRole.MAY_SIGN_FINANCIAL),
                approver.token());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void twoOfficersBuildingRegistersAtOnceNeverShareAClaim() throws Exception {
        Shop shop = TestOrders.shop("KZ-75");
        readyClaims(shop, 3);
        String first = TestDatabase.userWithRoles("FINANCE_OFFICER").token();
        String second = TestDatabase.userWithRoles("FINANCE_OFFICER").token();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Reply>> both = List.of(() -> TestRegisters.build(shop, first, TODAY), () -> TestRegisters.build(shop, second, TODAY));
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : pool.invokeAll(both)) {
                replies.add(f.get());
            }
            assertThat(replies).extracting(Reply::status).as(replies.toString()).containsExactlyInAnyOrder(201, 409);
            Reply winner = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
            assertThat(winner.json().getJsonArray("lines")).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(claims(shop, first)).extracting(c -> c.getString("status")).containsOnly("IN_REGISTER");
    }

    @Test
    void theMakerDiscardsADraftAndItsClaimsAreReadyForAnotherRegister() {
        Shop shop = TestOrders.shop("KZ-75");
        readyClaims(shop, 1);
        TestUser maker = TestDatabase.userWithRoles("FINANCE_OFFICER");
        long id = TestRegisters.build(shop, maker.token(), TODAY).json().getJsonNumber("id").longValue();
        assertThat(Portal.request("DELETE", "/api/v1/reimbursement/registers/" + id)
                .token(TestDatabase.userWithRoles("FINANCE_OFFICER").token()).send().status()).isEqualTo(403);
        Reply discarded = Portal.request("DELETE", "/api/v1/reimbursement/registers/" + id).token(maker.token()).send();
        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        assertThat(discarded.json().getString("status")).isEqualTo("DISCARDED");
        assertThat(claims(shop, maker.token())).extracting(c -> c.getString("status")).containsOnly("READY");
        assertThat(TestRegisters.build(shop, maker.token(), TODAY).status()).isEqualTo(201);
    }
}
