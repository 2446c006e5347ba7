package kz.kepil.platform.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Readiness under the API's own base path, for clients that only know {@code /api/v1}. */
@Path("health")
@RequestScoped
@Tag(name = "platform")
public class HealthResource {

    @Inject
    @Readiness
    DatabaseReadiness database;

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness: database reachable, migrations applied (503 otherwise)")
    public Response ready() {
        HealthCheckResponse check = database.call();
        String status = check.getStatus().name();
        Map<String, Object> body = Map.of("status", status,
                "checks", java.util.List.of(Map.of("name", check.getName(), "status", status,
                        "data", check.getData().orElse(Map.of()))));
        return Response.status(check.getStatus() == HealthCheckResponse.Status.UP ? 200 : 503).entity(body).build();
    }
}
