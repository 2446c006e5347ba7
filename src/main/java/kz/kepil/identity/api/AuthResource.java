package kz.kepil.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kz.kepil.identity.application.Sessions;
import kz.kepil.identity.infrastructure.RoleCheckFeature;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing out of an API session: the token stops working at once. */
@Path("auth")
@RequestScoped
@Tag(name = "identity")
public class AuthResource {

    @Inject
    Sessions sessions;

    @POST
    @Path("logout")
    @RolesAllowed(RoleCheckFeature.ANY_SIGNED_IN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End the session of the bearer token sent")
    public Response logout(@jakarta.ws.rs.HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.close(authorization.substring("Bearer ".length()).trim());
        return Response.noContent().build();
    }
}
