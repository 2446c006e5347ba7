package kz.kepil.registry;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestProducts;
import kz.kepil.testsupport.TestSuppliers;
import kz.kepil.testsupport.TestSuppliers.Company;
import kz.kepil.testsupport.TestTrust;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's automatic rule "a revoked signatory certificate suspends the supplier" (DOMAIN.md §5),
 * against the test portal: a CRL published into its trust directory is seen by the periodic job, which
 * suspends a listed supplier whose signatory's certificate it lists, once, as the portal's own decision;
 * the supplier is told, may object, and the commission decides. Only certificates these tests issued are
 * revoked.
 */
class RevokedSignatoryIT {

    private static Reply runJobs() {
        Reply jobs = Portal.runJobs();
        assertThat(jobs.json().getInt("signatory-certificates")).as(jobs.toString()).isNotNegative();
        return jobs;
    }

    private static X509Certificate signingCertificate(Company c) {
        return c.head().signing().chain().get(0);
    }

    private static JsonObject supplier(Company c) {
        return Portal.get("/api/v1/suppliers/" + c.id()).json();
    }

    private static List<JsonObject> history(Company c) {
        return Portal.get("/api/v1/suppliers/" + c.id() + "/history").jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> suspensions(Company c) {
        return history(c).stream().filter(d -> d.getString("decision").equals("SUSPEND")).toList();
    }

    /** A hygiene product of the supplier's, in Almaty, with the attributes its type requires. */
    private static long offer(Company c, String name) {
        JsonObject type = Portal.get("/api/v1/classifier?channel=PORTAL&category=HYGIENE_MEANS").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.containsKey("guaranteedSum") && !t.containsKey("sumMciFactor"))
                .findFirst().orElseThrow();
        Reply product = Portal.post("/api/v1/products", """
                {"supplierId":%d,"classifierCode":"%s","name":"%s","description":"Test","price":%s,"regions":["KZ-75"],
                 "attributes":%s,"deliveryDays":3,"available":true}"""
                .formatted(c.id(), type.getString("code"), name, type.getJsonNumber("guaranteedSum").bigDecimalValue()
                        .toPlainString(), TestProducts.requiredAttributes(type)), c.token());
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        return product.json().getJsonNumber("id").longValue();
    }

    private static List<Long> found(String name) {
        return Portal.get("/api/v1/products?q=" + name).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aListedSupplierWhoseSignatoryCertificateIsRevokedIsSuspendedOnceByThePortalAndTold() {
        Instant started = Instant.now();
        Company revoked = TestSuppliers.listed("Отозванный");
        Company untouched = TestSuppliers.listed("Нетронутый");
        String name = "Rv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long product = offer(revoked, name);
        assertThat(found(name)).containsExactly(product);
        X509Certificate certificate = signingCertificate(revoked);
        List<BigInteger> listedBefore = TestTrust.revokedSerials();

        TestTrust.revoke(certificate);
        Reply jobs = runJobs();

        assertThat(TestTrust.revokedSerials()).as("the new CRL keeps what the old one listed")
                .containsAll(listedBefore).contains(certificate.getSerialNumber());
        assertThat(jobs.json().getInt("signatory-certificates")).as(jobs.toString()).isGreaterThanOrEqualTo(1);
        JsonObject state = supplier(revoked);
        assertThat(state.getString("status")).isEqualTo("SUSPENDED");
        assertThat(state.getString("ground")).isEqualTo("SIGNATORY_CERTIFICATE_REVOKED");
        assertThat(state.getString("objectionDeadline")).isNotBlank();
        List<JsonObject> suspended = suspensions(revoked);
        assertThat(suspended).hasSize(1);
        JsonObject decision = suspended.get(0);
        assertThat(decision.getString("ground")).isEqualTo("SIGNATORY_CERTIFICATE_REVOKED");
        assertThat(decision.getBoolean("takenBySystem")).isTrue();
        assertThat(decision.getBoolean("signed")).isFalse();
        assertThat(decision.getString("statusBefore")).isEqualTo("LISTED");
        assertThat(decision.getString("statusAfter")).isEqualTo("SUSPENDED");
        assertThat(decision.getString("note")).containsIgnoringCase(certificate.getSerialNumber().toString(16))
                .contains("KEY_COMPROMISE");

        assertThat(found(name)).as("its products leave the catalog").isEmpty();
        assertThat(Portal.get("/api/v1/products/" + product).json().getBoolean("orderable")).isFalse();

        String deadline = state.getString("objectionDeadline");
        String day = deadline.substring(8, 10) + "." + deadline.substring(5, 7) + "." + deadline.substring(0, 4);
        JsonObject notice = Portal.request("GET", "/api/v1/me/notices").token(revoked.token()).header("Accept-Language", "ru")
                .send().jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("type").equals("SUPPLIER_SUSPENDED")).findFirst().orElseThrow();
        assertThat(notice.getString("text")).contains("Отозван сертификат подписанта").contains(day);
        JsonArray sms = Portal.get("/api/v1/notifications/sms?from=" + started + "&limit=1000", TestSuppliers.authority()).jsonArray();
        assertThat(sms.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.containsKey("supplierId") && !s.isNull("supplierId")
                        && s.getJsonNumber("supplierId").longValue() == revoked.id())
                .map(s -> s.getString("type"))).contains("SUPPLIER_SUSPENDED");

        assertThat(supplier(untouched).getString("status")).as("a supplier whose certificate stands").isEqualTo("LISTED");
        assertThat(suspensions(untouched)).isEmpty();

        runJobs();
        assertThat(suspensions(revoked)).as("no second decision").hasSize(1);
    }

    @Test
    void theSupplierObjectsTheCommissionReinstatesAndTheSameCertificateNeverSuspendsItAgain() {
        Company first = TestSuppliers.listed("Возразивший");
        TestTrust.revoke(signingCertificate(first));
        runJobs();
        assertThat(supplier(first).getString("status")).isEqualTo("SUSPENDED");

        Reply objection = Portal.post("/api/v1/suppliers/" + first.id() + "/objection",
                "{\"text\":\"The certificate was replaced; the new one signs from today.\"}", first.headToken());
        assertThat(objection.status()).as(objection.toString()).isEqualTo(200);
        Reply reinstated = TestSuppliers.decide(first.id(), "REINSTATE", "OBJECTION_UPHELD", TestSuppliers.authority());
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
        assertThat(supplier(first).getString("status")).isEqualTo("LISTED");

        // A newer CRL that still lists the first certificate, and now another supplier's too: the check runs
        // again (the other supplier is suspended) and leaves the reinstated supplier alone.
        Company second = TestSuppliers.listed("Второй");
        TestTrust.revoke(signingCertificate(second));
        runJobs();

        assertThat(supplier(second).getString("status")).isEqualTo("SUSPENDED");
        assertThat(supplier(first).getString("status")).isEqualTo("LISTED");
        assertThat(suspensions(first)).hasSize(1);
    }
}
