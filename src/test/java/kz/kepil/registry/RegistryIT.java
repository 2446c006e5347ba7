package kz.kepil.registry;

import jakarta.json.JsonObject;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.SupplierFiling;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestSuppliers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry through the API with real EDS: a company applies, its head signs the public offer
 * contract, the authority admits it with a signed decision; the rules refuse what they must.
 */
class RegistryIT {

    private static final String IBAN = "KZ86125KZT5004100100";

    private static String application(String bin, String name) {
        return """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"%s","regions":["KZ-75","KZ-71"],
                 "categories":["HYGIENE_MEANS"],"iban":"%s","bik":"HSBKKZKX","email":"office@example.kz","phone":"+77270000000"}"""
                .formatted(bin, name, IBAN);
    }

    /** A company that applied: its head's keys and token, and the supplier id. */
    private record Applicant(PersonalKeys head, String token, long supplierId, String bin) {
    }

    private static Applicant applied() {
        String bin = TestDatabase.freshBin();
        PersonalKeys head = Eds.newCompanyStaff(bin, "Тест медтехника", OrganisationRole.CEO);
        String token = Eds.signIn(head.authentication());
        Reply reply = Portal.post("/api/v1/suppliers", application(bin, "Тест медтехника " + bin), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("status")).isEqualTo("APPLIED");
        long id = reply.json().getJsonNumber("id").longValue();
        SupplierFiling.fileForGoods(id, token);
        return new Applicant(head, token, id, bin);
    }

    private static Reply signContract(Applicant a, kz.kepil.signing.infrastructure.pki.KeyAndChain key) {
        String base = "/api/v1/suppliers/" + a.supplierId() + "/public-contract/";
        return Eds.signDocument(base + "document", base + "signature", key, Eds.signIn(a.head().authentication()));
    }

    private static String authority() {
        return TestSuppliers.authority();
    }

    private static Reply decide(long supplierId, String decision, String ground, String authorityToken) {
        return TestSuppliers.decide(supplierId, decision, ground, authorityToken);
    }

    private static JsonObject supplier(long id) {
        return Portal.get("/api/v1/suppliers/" + id).json();
    }

    @Test
    void supplierIsAdmittedOnlyAfterItsOwnSignatorySignedTheContract() {
        Applicant a = applied();
        String authority = authority();

        Reply tooEarly = decide(a.supplierId(), "ADMIT", "DOCUMENTS_COMPLETE", authority);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.problemCode()).isEqualTo("CONTRACT_NOT_SIGNED");

        Reply otherCompanysHead = signContract(a, DemoKeys.demo("supplier2-ceo", "sign"));
        assertThat(otherCompanysHead.status()).isEqualTo(422);
        assertThat(otherCompanysHead.problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(supplier(a.supplierId()).containsKey("contractVersion")).as("no contract signed yet").isFalse();

        Reply signed = signContract(a, a.head().signing());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.json().getJsonObject("signer").getString("bin")).isEqualTo(a.bin());

        Reply admitted = decide(a.supplierId(), "ADMIT", "DOCUMENTS_COMPLETE", authority);
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        assertThat(admitted.json().getString("statusAfter")).isEqualTo("LISTED");
        assertThat(supplier(a.supplierId()).getString("status")).isEqualTo("LISTED");
        assertThat(Portal.get("/api/v1/registry?status=LISTED&region=KZ-71").jsonArray().stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList()).contains(a.supplierId());
        Reply history = Portal.get("/api/v1/suppliers/" + a.supplierId() + "/history");
        assertThat(history.jsonArray()).hasSize(1);
        assertThat(history.jsonArray().getJsonObject(0).getString("decision")).isEqualTo("ADMIT");
        assertThat(history.jsonArray().getJsonObject(0).getString("signedByIin")).isEqualTo("750512300009");
    }

    @Test
    void anEmployeeWithoutSigningRightsCannotSignTheContract() {
        Applicant a = applied();
        PersonalKeys employee = Eds.newCompanyStaff(a.bin(), "Тест медтехника", OrganisationRole.EMPLOYEE);

        Reply reply = signContract(a, employee.signing());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemCode()).isEqualTo("SIGNER_ROLE_MISSING");
    }

    @Test
    void illegalTransitionsAreRefusedWithAConflict() {
        Applicant a = applied();
        String authority = authority();

        Reply suspend = decide(a.supplierId(), "SUSPEND", "LIQUIDATION", authority);
        assertThat(suspend.status()).isEqualTo(409);
        assertThat(suspend.problemCode()).isEqualTo("ILLEGAL_TRANSITION");
        Reply wrongGround = decide(a.supplierId(), "REJECT", "COLLUSION", authority);
        assertThat(wrongGround.problemCode()).isEqualTo("GROUND_INVALID");
        assertThat(supplier(a.supplierId()).getString("status")).isEqualTo("APPLIED");
    }

    @Test
    void exclusionWaitsForTheObjectionWindowAndBarsReadmission() {
        Applicant a = applied();
        signContract(a, a.head().signing());
        String authority = authority();
        assertThat(decide(a.supplierId(), "ADMIT", "DOCUMENTS_COMPLETE", authority).status()).isEqualTo(200);

        Reply opened = decide(a.supplierId(), "OPEN_EXCLUSION", "UNANSWERED_ORDERS", authority);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        JsonObject pending = supplier(a.supplierId());
        assertThat(pending.getString("status")).isEqualTo("EXCLUSION_PENDING");
        assertThat(pending.getString("objectionDeadline")).isNotBlank();
        assertThat(decide(a.supplierId(), "EXCLUDE", "UNANSWERED_ORDERS", authority).problemCode()).isEqualTo("OBJECTION_WINDOW_OPEN");
        String signatory = Eds.signIn(a.head().authentication());
        Reply objected = Portal.post("/api/v1/suppliers/" + a.supplierId() + "/objection",
                "{\"text\":\"Every order was answered within five working days.\"}", signatory);
        assertThat(objected.status()).as(objected.toString()).isEqualTo(200);
        assertThat(Portal.post("/api/v1/suppliers/" + a.supplierId() + "/objection", "{\"text\":\"again\"}", signatory)
                .problemCode()).isEqualTo("OBJECTION_EXISTS");
        assertThat(Portal.get("/api/v1/suppliers/" + a.supplierId() + "/objection", authority).json().getString("objection"))
                .startsWith("Every order was answered");

        try {
            Portal.request("PUT", "/api/v1/platform/clock")
                    .json("{\"now\":\"" + Instant.now().plus(Duration.ofDays(20)) + "\"}").send();
            String later = authority();
            Reply excluded = decide(a.supplierId(), "EXCLUDE", "UNANSWERED_ORDERS", later);
            assertThat(excluded.status()).as(excluded.toString()).isEqualTo(200);
            JsonObject delisted = supplier(a.supplierId());
            assertThat(delisted.getString("status")).isEqualTo("DELISTED");
            assertThat(delisted.getString("readmissionNotBefore")).isNotBlank();

            Reply again = Portal.post("/api/v1/suppliers", application(a.bin(), "Again"), Eds.signIn(a.head().authentication()));
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.problemCode()).isEqualTo("READMISSION_TOO_EARLY");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }

    @Test
    void aSupplierThatAsksToLeaveIsDelistedOnItsOwnRequest() {
        Applicant a = applied();
        signContract(a, a.head().signing());
        String authority = authority();
        decide(a.supplierId(), "ADMIT", "DOCUMENTS_COMPLETE", authority);

        Reply asked = Portal.post("/api/v1/suppliers/" + a.supplierId() + "/withdrawal", "{\"reason\":\"closing the business\"}",
                Eds.signIn(a.head().authentication()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().getString("status")).isEqualTo("WITHDRAWAL_REQUESTED");

        Reply excluded = decide(a.supplierId(), "EXCLUDE", "OWN_REQUEST", authority);
        assertThat(excluded.status()).as(excluded.toString()).isEqualTo(200);
        assertThat(supplier(a.supplierId()).getString("status")).isEqualTo("DELISTED");
        assertThat(supplier(a.supplierId()).containsKey("readmissionNotBefore")).as("no cooling-off on own request").isFalse();
    }

    /** A fresh company applies with these regions and categories (JSON arrays' contents); its id. */
    private static long appliedWith(String name, String regions, String categories) {
        String bin = TestDatabase.freshBin();
        String token = Eds.signIn(Eds.newCompanyStaff(bin, "Сүзгі", OrganisationRole.CEO).authentication());
        Reply reply = Portal.post("/api/v1/suppliers", application(bin, name + " " + bin)
                .replace("\"KZ-75\",\"KZ-71\"", regions).replace("\"HYGIENE_MEANS\"", categories), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The ids a registry query answers, in its order, of the given suppliers only (other tests add their own). */
    private static java.util.List<Long> registryOf(String query, java.util.Set<Long> ours) {
        Reply reply = Portal.get("/api/v1/registry" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue())
                .filter(ours::contains).toList();
    }

    @Test
    void registryFiltersByStateRegionAndCategoryTogetherOncePerSupplierByName() {
        long both = appliedWith("Сүзгі 1", "\"KZ-75\",\"KZ-71\"", "\"HYGIENE_MEANS\",\"WHEELCHAIRS\"");
        long second = appliedWith("Сүзгі 2", "\"KZ-71\"", "\"WHEELCHAIRS\",\"TYPHLOTECHNICAL\"");
        long otherRegion = appliedWith("Сүзгі 3", "\"KZ-75\"", "\"WHEELCHAIRS\"");
        long otherCategory = appliedWith("Сүзгі 4", "\"KZ-71\"", "\"HYGIENE_MEANS\"");
        java.util.Set<Long> ours = java.util.Set.of(both, second, otherRegion, otherCategory);

        assertThat(registryOf("?status=APPLIED&region=KZ-71&category=WHEELCHAIRS", ours)).containsExactly(both, second);
        assertThat(registryOf("?status=LISTED&region=KZ-71&category=WHEELCHAIRS", ours)).isEmpty();
        assertThat(registryOf("?region=KZ-71", ours)).containsExactly(both, second, otherCategory);
        assertThat(registryOf("?category=WHEELCHAIRS", ours)).containsExactly(both, second, otherRegion);
        assertThat(registryOf("", ours)).containsExactly(both, second, otherRegion, otherCategory);
        JsonObject listed = Portal.get("/api/v1/registry?region=KZ-75&category=HYGIENE_MEANS").jsonArray().stream()
                .map(s -> s.asJsonObject()).filter(s -> s.getJsonNumber("id").longValue() == both).findFirst().orElseThrow();
        assertThat(listed.getJsonArray("regions")).hasSize(2);
        assertThat(listed.getJsonArray("categories")).hasSize(2);
    }

    @Test
    void applicationIsCheckedBeforeAnythingIsStored() {
        String bin = TestDatabase.freshBin();
        String token = Eds.signIn(Eds.newCompanyStaff(bin, "Тест", OrganisationRole.CEO).authentication());

        Reply badIban = Portal.post("/api/v1/suppliers", application(bin, "X").replace(IBAN, "KZ00125KZT5004100100"), token);
        assertThat(badIban.status()).isEqualTo(400);
        assertThat(badIban.problemCode()).isEqualTo("IBAN_INVALID");

        Reply otherBin = Portal.post("/api/v1/suppliers", application(TestDatabase.freshBin(), "X"), token);
        assertThat(otherBin.status()).isEqualTo(403);

        Reply unknownRegion = Portal.post("/api/v1/suppliers", application(bin, "X").replace("KZ-71", "KZ-99"), token);
        assertThat(unknownRegion.problemCode()).isEqualTo("REGION_UNKNOWN");
        assertThat(Portal.get("/api/v1/registry").jsonArray().stream()
                .filter(s -> bin.equals(s.asJsonObject().getString("bin", null))).count()).isZero();
    }

    @Test
    void admissionNeedsTheDocumentsTheCategoriesRequire() {
        String bin = TestDatabase.freshBin();
        PersonalKeys head = Eds.newCompanyStaff(bin, "Шипажай", OrganisationRole.CEO);
        String token = Eds.signIn(head.authentication());
        long id = Portal.post("/api/v1/suppliers", application(bin, "Шипажай " + bin)
                .replace("\"HYGIENE_MEANS\"", "\"SANATORIUM_TREATMENT\""), token).json().getJsonNumber("id").longValue();
        Applicant a = new Applicant(head, token, id, bin);
        signContract(a, head.signing());
        SupplierFiling.fileForGoods(id, token);
        String authority = authority();

        Reply withoutLicence = decide(id, "ADMIT", "DOCUMENTS_COMPLETE", authority);
        assertThat(withoutLicence.status()).isEqualTo(422);
        assertThat(withoutLicence.problemCode()).isEqualTo("DOCUMENTS_MISSING");
        assertThat(withoutLicence.json().getString("detail")).contains("LICENCE");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(SupplierFiling.file(id, "LICENCE", "image/png", png, token).status()).isEqualTo(201);
        assertThat(decide(id, "ADMIT", "DOCUMENTS_COMPLETE", authority).status()).isEqualTo(200);
    }

    @Test
    void onlyPdfJpegAndPngWithinTheSizeLimitAreFiled() {
        Applicant a = applied();

        Reply text = SupplierFiling.file(a.supplierId(), "OTHER", "application/pdf",
                "not a pdf at all".getBytes(StandardCharsets.UTF_8), a.token());
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.problemCode()).isEqualTo("DOCUMENT_TYPE_NOT_ALLOWED");

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(SupplierFiling.PDF.getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        Reply tooLarge = SupplierFiling.file(a.supplierId(), "OTHER", "application/pdf", huge, a.token());
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.problemCode()).isEqualTo("DOCUMENT_TOO_LARGE");
        assertThat(Portal.get("/api/v1/suppliers/" + a.supplierId() + "/documents", a.token()).jsonArray()).hasSize(2);
    }

    @Test
    void theAuthorityReadsAFiledDocumentExactlyAsFiled() {
        Applicant a = applied();
        String authority = authority();

        var documents = Portal.get("/api/v1/suppliers/" + a.supplierId() + "/documents", authority).jsonArray();
        JsonObject registration = documents.getJsonObject(0);
        Reply content = Portal.get("/api/v1/suppliers/" + a.supplierId() + "/documents/"
                + registration.getJsonNumber("id") + "/content", authority);

        assertThat(registration.getString("type")).isEqualTo("STATE_REGISTRATION");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).startsWith("application/pdf");
        assertThat(kz.kepil.shared.domain.Sha256.hex(content.body())).isEqualTo(registration.getString("sha256"));
        assertThat(Portal.get("/api/v1/suppliers/" + a.supplierId() + "/documents",
                TestDatabase.userWithRoles("BENEFICIARY").token()).status()).isEqualTo(403);
    }

    @Test
    void onlyTheAuthorityDecides() {
        Applicant a = applied();

        Reply reply = Portal.post("/api/v1/suppliers/" + a.supplierId() + "/decisions",
                "{\"decision\":\"ADMIT\",\"ground\":\"DOCUMENTS_COMPLETE\"}", a.token());

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void theSupplierIsToldOfEachDecisionWithItsGroundAndTheLastDayToObject() {
        kz.kepil.testsupport.TestSuppliers.Company c = TestSuppliers.listed(java.util.List.of("HYGIENE_MEANS"),
                java.util.List.of("KZ-75"));
        String authority = authority();
        assertThat(decide(c.id(), "OPEN_EXCLUSION", "UNANSWERED_ORDERS", authority).status()).isEqualTo(200);
        String deadline = supplier(c.id()).getString("objectionDeadline");
        String day = deadline.substring(8, 10) + "." + deadline.substring(5, 7) + "." + deadline.substring(0, 4);

        var notices = Portal.request("GET", "/api/v1/me/notices").token(c.token()).header("Accept-Language", "ru").send()
                .jsonArray().stream().map(jakarta.json.JsonValue::asJsonObject).toList();
        assertThat(notices).extracting(n -> n.getString("type")).contains("SUPPLIER_STATUS_CHANGED", "SUPPLIER_EXCLUSION_OPENED");
        JsonObject opened = notices.stream().filter(n -> n.getString("type").equals("SUPPLIER_EXCLUSION_OPENED")).findFirst()
                .orElseThrow();
        assertThat(opened.getString("text")).contains("Заказы оставлены без ответа").contains(day);
        JsonObject admitted = notices.stream().filter(n -> n.getString("type").equals("SUPPLIER_STATUS_CHANGED")).findFirst()
                .orElseThrow();
        assertThat(admitted.getJsonObject("texts").getString("en")).contains("Listed");
    }
}
