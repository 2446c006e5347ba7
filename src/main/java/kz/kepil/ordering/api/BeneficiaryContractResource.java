package kz.kepil.ordering.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kepil.ordering.application.BeneficiaryContracts;
import kz.kepil.ordering.domain.BeneficiaryContract;
import kz.kepil.signing.api.DocumentView;
import kz.kepil.signing.api.StoredSignatureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Map;

/** The public contract a beneficiary signs once (a representative: {@code ?iin=} of the person represented). */
@Path("me/public-contract")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ordering")
@SecurityRequirement(name = "bearer")
@RolesAllowed({"BENEFICIARY", "REPRESENTATIVE"})
public class BeneficiaryContractResource {

    /** Whether the version in force is signed, and its texts. */
    public record ContractStatus(int version, boolean signed, Instant signedAt, String signerIin, Map<String, String> texts) {
    }

    @Inject
    BeneficiaryContracts contracts;

    @GET
    @Operation(summary = "The public contract in force, its texts in kk/ru/en, and whether it is signed")
    public ContractStatus status(@QueryParam("iin") String iin) {
        var accepted = contracts.accepted(contracts.beneficiary(iin));
        return new ContractStatus(contracts.currentVersion(), accepted.isPresent(),
                accepted.map(BeneficiaryContract::signedAt).orElse(null),
                accepted.map(BeneficiaryContract::signerIin).orElse(null), contracts.current().texts());
    }

    @GET
    @Path("document")
    @Operation(summary = "The public contract to sign")
    public DocumentView document(@QueryParam("iin") String iin) {
        return DocumentView.of(contracts.document(iin));
    }

    @POST
    @Path("signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the public contract with the signer's own EDS (once per version)")
    public Response sign(@QueryParam("iin") String iin, @NotNull @Valid StoredSignatureView.Request body) {
        contracts.sign(iin, body.cms);
        return Response.status(201).entity(status(iin)).build();
    }
}
