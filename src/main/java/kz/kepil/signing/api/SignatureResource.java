package kz.kepil.signing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureRequirement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification: anyone holding a signed document and its signature learns who signed it and whether it holds. */
@Path("signatures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signing")
public class SignatureResource {

    /** The document exactly as signed, and the base64 of the detached CMS. */
    public static class VerificationRequest {
        @NotNull
        @Size(max = 1_000_000)
        public String content;
        @NotNull
        public String cms;
    }

    @Inject
    Signatures signatures;

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who signed the document, when, and each check: digest, signature, chain, validity, revocation, key usage")
    public VerificationView verify(@NotNull @Valid VerificationRequest body) {
        return VerificationView.of(signatures.verify(body.content, body.cms, SignatureRequirement.anySigner()));
    }
}
