package kz.kepil.entitlement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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


/** One entitlement and its reactivation after a block. */
@Path("entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entitlements")
@SecurityRequirement(name = "bearer")
public class EntitlementResource {

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
}
