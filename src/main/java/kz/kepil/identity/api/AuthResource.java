package kz.kepil.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kepil.identity.application.EdsSignIn;
import kz.kepil.identity.application.Sessions;
import kz.kepil.identity.infrastructure.RoleCheckFeature;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * EDS sign-in for API clients: ask for a challenge, sign its nonce with the authentication key
 * (detached CMS over the nonce's UTF-8 bytes), exchange nonce and signature for a bearer token.
 */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class AuthResource {

    /** What the client signs. */
    public record ChallengeView(String nonce, Instant expiresAt) {
    }

    /** The signed challenge. */
    public static class LoginRequest {
        @NotBlank
        public String nonce;
        @NotBlank
        public String cms;
    }

    /** The signed-in user, as the login answer shows it. */
    public record LoginUser(long id, String iin, String bin, List<String> roles, Long supplierId, String akimatCode) {
    }

    /** A bearer token and who it stands for. */
    public record LoginView(String token, Instant expiresAt, LoginUser user) {
    }

    @Inject
    EdsSignIn signIn;

    @Inject
    Sessions sessions;

    @POST
    @Path("challenge")
    @Operation(summary = "A single-use nonce to sign with the authentication key; expires in 5 minutes")
    public ChallengeView challenge() {
        EdsSignIn.Challenge challenge = signIn.challenge();
        return new ChallengeView(challenge.nonce(), challenge.expiresAt());
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange the signed nonce for a bearer token; the first sign-in creates the account")
    public LoginView login(@NotNull @Valid LoginRequest body) {
        EdsSignIn.SignedIn signedIn = signIn.signIn(body.nonce, body.cms);
        UserView user = UserView.of(signedIn.user());
        return new LoginView(signedIn.session().token(), signedIn.session().expiresAt(),
                new LoginUser(user.id(), user.iin(), user.bin(), user.roles(), user.supplierId(), user.akimatCode()));
    }

    @POST
    @Path("logout")
    @RolesAllowed(RoleCheckFeature.ANY_SIGNED_IN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End the session of the bearer token sent")
    public Response logout(@jakarta.ws.rs.HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sessions.close(authorization.substring("Bearer ".length()).trim());
        }
        return Response.noContent().build();
    }
}
