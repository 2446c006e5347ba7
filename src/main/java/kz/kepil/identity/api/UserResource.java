package kz.kepil.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.identity.application.UserAccounts;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff accounts: the authorised body grants and revokes roles; auditors may look. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
public class UserResource {

    /** A role to grant, with the supplier or akimat it is limited to where the role needs one. */
    public static class NewGrant {
        @NotNull
        public Role role;
        public Long supplierId;
        public String akimatCode;
    }

    @Inject
    UserAccounts users;

    @GET
    @RolesAllowed({"AUTHORITY", "AUDITOR"})
    @Operation(summary = "Find a user by IIN")
    public UserView byIin(@QueryParam("iin") String iin) {
        if (iin == null || iin.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", "iin is required");
        }
        return users.byIin(Iin.of(iin.strip())).map(UserView::of)
                .orElseThrow(() -> DomainException.notFound("user with IIN", iin));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"AUTHORITY", "AUDITOR"})
    @Operation(summary = "A user with the roles granted")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.byId(id));
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "Grant a role (supplier roles name the supplier, akimat roles the akimat)")
    public UserView grant(@PathParam("id") long id, @NotNull @Valid NewGrant body) {
        users.grant(id, body.role, body.supplierId, body.akimatCode);
        return UserView.of(users.byId(id));
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "Revoke a role")
    public UserView revoke(@PathParam("id") long id, @PathParam("role") Role role) {
        users.revoke(id, role);
        return UserView.of(users.byId(id));
    }
}
