package kz.kepil.testsupport;

import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Portal.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppliers brought into the registry the way every supplier enters it, through the API: a fresh
 * company's head applies, files the documents, signs the public offer contract (and so becomes its
 * signatory), and the authority signs the admission. Also the authority's signed decisions after that.
 */
public final class ListedSuppliers {

    private ListedSuppliers() {
    }

    /** A listed supplier: its head (manager and signatory), its id and name. */
    public record Listed(PersonalKeys head, long supplierId, String name) {

        /** A fresh bearer token of the head. */
        public String headToken() {
            return Eds.signIn(head.authentication());
        }
    }

    /** A new company of goods (hygiene means, Almaty), admitted to the registry. */
    public static Listed listed(String company) {
        String bin = TestDatabase.freshBin();
        String name = company + " " + bin;
        PersonalKeys head = Eds.newCompanyStaff(bin, company, OrganisationRole.CEO);
        String token = Eds.signIn(head.authentication());
        Reply applied = Portal.post("/api/v1/suppliers", """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"%s","regions":["KZ-75"],"categories":["HYGIENE_MEANS"],
                 "iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"office@example.kz","phone":"+77270000000"}"""
                .formatted(bin, name), token);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long id = applied.json().getJsonNumber("id").longValue();
        SupplierFiling.fileForGoods(id, token);
        String contract = "/api/v1/suppliers/" + id + "/public-contract/";
        Reply signed = Eds.signDocument(contract + "document", contract + "signature", head.signing(), token);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        Reply admitted = decide(id, "ADMIT", "DOCUMENTS_COMPLETE", authority());
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        return new Listed(head, id, name);
    }

    /** A bearer token of the demo authority. */
    public static String authority() {
        return Eds.signIn(DemoKeys.demo("authority", "auth"));
    }

    /** The authority drafts a decision and signs it with its signing key; the reply to the signature, or to a refused draft. */
    public static Reply decide(long supplierId, String decision, String ground, String authorityToken) {
        Reply draft = Portal.post("/api/v1/suppliers/" + supplierId + "/decisions",
                "{\"decision\":\"" + decision + "\",\"ground\":\"" + ground + "\",\"note\":\"test\"}", authorityToken);
        if (draft.status() != 201) {
            return draft;
        }
        String base = "/api/v1/suppliers/" + supplierId + "/decisions/" + draft.json().getJsonNumber("id") + "/";
        return Eds.signDocument(base + "document", base + "signature", DemoKeys.demo("authority", "sign"), authorityToken);
    }
}
