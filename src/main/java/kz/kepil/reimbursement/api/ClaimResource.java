package kz.kepil.reimbursement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.reimbursement.application.Claims;
import kz.kepil.reimbursement.domain.ClaimStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Claims of completed orders, with their checks, for the akimat's finance staff and auditors. */
@Path("reimbursement/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reimbursement")
@SecurityRequirement(name = "bearer")
public class ClaimResource {

    /** {@code {"reason"}}: why the claim is not paid. */
    public static class Rejection {
        @NotBlank
        @Size(max = 500)
        public String reason;
    }

    @Inject
    Claims claims;

    @GET
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "Claims with their checks, by akimat (the caller's own for finance), status and supplier")
    public List<ClaimView> list(@QueryParam("akimatCode") String akimatCode, @QueryParam("status") String status,
                                @QueryParam("supplierId") String supplierId) {
        return claims.list(QueryParams.text(akimatCode), QueryParams.enumOf(ClaimStatus.class, status, "status"),
                QueryParams.id(supplierId, "supplierId")).stream().map(ClaimView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "A claim with its checks")
    public ClaimView get(@PathParam("id") long id) {
        return ClaimView.of(claims.visible(id));
    }

    @POST
    @Path("{id}/checks")
    @RolesAllowed("FINANCE_OFFICER")
    @Operation(summary = "Run the claim's checks again (a claim in no register) → READY or FAILED")
    public ClaimView check(@PathParam("id") long id) {
        return ClaimView.of(claims.check(id));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FINANCE_OFFICER")
    @Operation(summary = "Reject the claim with a reason → REJECTED; the order's reservation returns to the budget")
    public ClaimView reject(@PathParam("id") long id, @NotNull @Valid Rejection body) {
        return ClaimView.of(claims.reject(id, body.reason));
    }
}
