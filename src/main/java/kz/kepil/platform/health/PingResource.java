package kz.kepil.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest answer the API gives: no database, no state. It shows that the portal's HTTP stack is
 * serving, and gives load measurements the floor every other operation is compared against.
 */
@Path("platform/ping")
@ApplicationScoped
@Tag(name = "platform")
public class PingResource {

    /** The one answer. */
    public record Pong(String status) {
    }

    private static final Pong OK = new Pong("ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness of the API itself: answers {\"status\":\"ok\"} without touching the database")
    public Pong ping() {
        return OK;
    }
}
