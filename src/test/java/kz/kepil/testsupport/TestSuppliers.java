package kz.kepil.testsupport;

import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Portal.Reply;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppliers entered through the API with real EDS, as the registry's rules require: a fresh company
 * applies, files its documents and signs the contract; the authority admits it with a signed decision.
 */
public final class TestSuppliers {

    private TestSuppliers() {
    }

    /** A supplier and its head (CEO): keys, bearer token, id, BIN. */
    public record Company(PersonalKeys head, String token, long id, String bin, String name) {

        /** A fresh bearer token of the head. */
        public String headToken() {
            return Eds.signIn(head.authentication());
        }
    }

    /** A fresh company that applied for the categories and regions and filed what they need. */
    public static Company applied(List<String> categories, List<String> regions) {
        return applied("Тест", categories, regions);
    }

    /** A new company of goods (hygiene means, Almaty), admitted to the registry, named after {@code company}. */
    public static Company listed(String company) {
        return listed(applied(company, List.of("HYGIENE_MEANS"), List.of("KZ-75")));
    }

    /** A fresh company that applied for the categories and regions and filed what they need. */
    public static Company applied(String company, List<String> categories, List<String> regions) {
        String bin = TestDatabase.freshBin();
        String name = company + " " + bin;
        PersonalKeys head = Eds.newCompanyStaff(bin, company, OrganisationRole.CEO);
        String token = Eds.signIn(head.authentication());
        String json = """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"%s","regions":[%s],"categories":[%s],
                 "iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"office@example.kz","phone":"+77270000000"}"""
                .formatted(bin, name, quoted(regions), quoted(categories));
        Reply reply = Portal.post("/api/v1/suppliers", json, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        SupplierFiling.fileForGoods(id, token);
        if (categories.stream().anyMatch(c -> c.equals("SANATORIUM_TREATMENT") || c.equals("SPECIAL_SOCIAL_SERVICES"))) {
            Reply licence = SupplierFiling.file(id, "LICENCE", "application/pdf",
                    SupplierFiling.PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII), token);
            assertThat(licence.status()).as(licence.toString()).isEqualTo(201);
        }
        return new Company(head, token, id, bin, name);
    }

    /** A fresh company admitted to the registry: it signed the contract, the authority admitted it. */
    public static Company listed(List<String> categories, List<String> regions) {
        return listed(applied(categories, regions));
    }

    private static Company listed(Company c) {
        String base = "/api/v1/suppliers/" + c.id() + "/public-contract/";
        Reply signed = Eds.signDocument(base + "document", base + "signature", c.head().signing(), c.token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        Reply admitted = decide(c.id(), "ADMIT", "DOCUMENTS_COMPLETE", authority());
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        return c;
    }

    /** The demo authority's bearer token. */
    public static String authority() {
        return Eds.signIn(DemoKeys.demo("authority", "auth"));
    }

    /** The authority drafts a decision and signs it; the reply of the signing (or of a refused draft). */
    public static Reply decide(long supplierId, String decision, String ground, String authorityToken) {
        Reply draft = Portal.post("/api/v1/suppliers/" + supplierId + "/decisions",
                "{\"decision\":\"" + decision + "\",\"ground\":\"" + ground + "\",\"note\":\"test\"}", authorityToken);
        if (draft.status() != 201) {
            return draft;
        }
        String base = "/api/v1/suppliers/" + supplierId + "/decisions/" + draft.json().getJsonNumber("id") + "/";
        return Eds.signDocument(base + "document", base + "signature", DemoKeys.demo("authority", "sign"), authorityToken);
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
    }
}
