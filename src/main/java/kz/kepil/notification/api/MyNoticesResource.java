package kz.kepil.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kepil.identity.infrastructure.RoleCheckFeature;
import kz.kepil.notification.application.Notifications;
import kz.kepil.platform.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** The signed-in user's cabinet notices: a beneficiary's own, a supplier's for its staff. */
@Path("me/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleCheckFeature.ANY_SIGNED_IN)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public class MyNoticesResource {

    @Inject
    Notifications notifications;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The user's notices, newest first (?limit, 50, at most 1000); text in the Accept-Language "
            + "asked for (kk, ru or en), all three in texts")
    public List<NoticeView> mine(@QueryParam("limit") String limit) {
        Locale locale = headers.getAcceptableLanguages().stream().filter(l -> List.of("kk", "ru", "en").contains(l.getLanguage()))
                .findFirst().orElse(Locale.forLanguageTag("kk"));
        return notifications.mine(QueryParams.integer(limit, "limit", 50, 1, 1000)).stream()
                .map(n -> NoticeView.of(n, locale)).toList();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark the notice read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }
}
