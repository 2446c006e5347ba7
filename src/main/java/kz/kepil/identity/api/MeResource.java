package kz.kepil.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.application.UserAccounts;
import kz.kepil.identity.infrastructure.RoleCheckFeature;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in user's own account and the representations they are part of. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleCheckFeature.ANY_SIGNED_IN)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAccounts users;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "The signed-in user with roles, supplier and akimat")
    public UserView me() {
        return UserView.of(users.byId(caller.require().userId()));
    }

    @GET
    @Path("representations")
    @Operation(summary = "Representations in which the user represents someone or is represented")
    public List<RepresentationView> representations() {
        return representations.mine().stream().map(RepresentationView::of).toList();
    }
}
