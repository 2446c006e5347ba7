package kz.kepil.testsupport;

import kz.kepil.testsupport.Portal.Reply;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Files a supplier's documents through the API, as its staff would before admission. */
public final class SupplierFiling {

    /** The smallest well-formed PDF: enough for a document recognised by its content. */
    public static final String PDF = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

    private SupplierFiling() {
    }

    public static Reply file(long supplierId, String type, String contentType, byte[] content, String token) {
        return Portal.request("POST", "/api/v1/suppliers/" + supplierId + "/documents?type=" + type + "&name=" + type.toLowerCase() + ".pdf")
                .token(token).bodyBytes(contentType, content).send();
    }

    /** State registration and a conformity certificate: what a supplier of goods needs to be admitted. */
    public static void fileForGoods(long supplierId, String token) {
        for (String type : new String[]{"STATE_REGISTRATION", "CONFORMITY_CERTIFICATE"}) {
            Reply reply = file(supplierId, type, "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII), token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
    }
}
