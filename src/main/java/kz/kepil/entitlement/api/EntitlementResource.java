package kz.kepil.entitlement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.entitlement.application.Entitlements;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** One entitlement, its reactivation after a block, and the answer to a request for consent to a replacement. */
@Path("entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entitlements")
@SecurityRequirement(name = "bearer")
public class EntitlementResource {

    /** The answer to the request for consent to a replacement. */
    public static class ConsentRequest {
        @NotNull
        public Boolean consent;
    }

    @Inject
    Entitlements entitlements;

    @GET
    @Path("{id}")
    @RolesAllowed({"BENEFICIARY", "REPRESENTATIVE"})
    @Operation(summary = "One of the caller's measures")
    public MeasureView get(@PathParam("id") long id) {
        return MeasureView.of(entitlements.actionable(id));
    }

    @POST
    @Path("{id}/activation")
    @RolesAllowed({"BENEFICIARY", "REPRESENTATIVE"})
    @Operation(summary = "Reopen selection after a block: the measure goes back through the queue")
    public MeasureView activate(@PathParam("id") long id) {
        return MeasureView.of(entitlements.requestActivation(id));
    }

    @POST
    @Path("{id}/replacement-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"BENEFICIARY", "REPRESENTATIVE"})
    @Operation(summary = "Consent to a replacement (it joins the queue) or refuse it (it closes as DECLINED), before "
            + "consentDueBy; 409 CONSENT_NOT_AWAITED or CONSENT_DEADLINE_PASSED")
    public MeasureView consent(@PathParam("id") long id, @NotNull @Valid ConsentRequest b) {
        return MeasureView.of(entitlements.answerConsent(id, b.consent));
    }
}
