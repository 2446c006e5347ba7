package kz.kepil.entitlement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.MeasureStatus;
import kz.kepil.platform.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An akimat's queue of measures, for its specialists, the authority and auditors. */
@Path("akimats/{code}/entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entitlements")
@SecurityRequirement(name = "bearer")
public class AkimatEntitlementsResource {

    @Inject
    Entitlements entitlements;

    @GET
    @RolesAllowed({"AKIMAT_SPECIALIST", "AUTHORITY", "AUDITOR"})
    @Operation(summary = "An akimat's measures in queue order, by status (QUEUED, SELECTABLE, BLOCKED, …)")
    public List<MeasureView> ofAkimat(@PathParam("code") String code, @QueryParam("status") String status) {
        return entitlements.ofAkimat(code, QueryParams.enumOf(MeasureStatus.class, status, "status")).stream()
                .map(MeasureView::of).toList();
    }
}
