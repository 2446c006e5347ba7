package kz.kepil.entitlement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.entitlement.application.Entitlements;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's entitlements: a beneficiary's own, or a representative's for the person represented. */
@Path("me/entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entitlements")
@SecurityRequirement(name = "bearer")
public class MyEntitlementsResource {

    @Inject
    Entitlements entitlements;

    @GET
    @RolesAllowed({"BENEFICIARY", "REPRESENTATIVE"})
    @Operation(summary = "The caller's measures (a representative: ?iin= of the person represented)")
    public List<MeasureView> mine(@QueryParam("iin") String iin) {
        return entitlements.of(iin).stream().map(MeasureView::of).toList();
    }
}
