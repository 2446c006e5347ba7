package kz.kepil.signing.api;

import jakarta.validation.constraints.NotBlank;
import kz.kepil.signing.domain.SignatureEvidence;

import java.time.Instant;
import java.util.List;

/** A signature the portal accepted and keeps, as {@code POST …/signature} answers it. */
public record StoredSignatureView(long id, Signer signer, Instant signedAt, boolean valid, String documentSha256) {

    /** Who signed. */
    public record Signer(String iin, String bin, String commonName, List<String> roles) {
    }

    /** {@code {"cms": "<base64 DER>"}}: a detached CMS over the document's content. */
    public static class Request {
        @NotBlank
        public String cms;
    }

    public static StoredSignatureView of(SignatureEvidence e) {
        return new StoredSignatureView(e.id(), new Signer(e.signerIin(), e.signerBin(), e.signerName(),
                List.copyOf(e.signerRoles())), e.signedAt(), true, e.documentSha256());
    }
}
