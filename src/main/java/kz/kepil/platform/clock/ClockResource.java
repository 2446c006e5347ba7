package kz.kepil.platform.clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * The portal's time. Anyone may read it; only a test or demo portal (kepil.clock.adjustable) lets it
 * be moved, so deadlines can be walked through without waiting for them.
 */
@Path("platform/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class ClockResource {

    private static final Logger LOG = Logger.getLogger(ClockResource.class.getName());

    /** The portal's current time and whether it can be moved. */
    public record ClockView(Instant now, boolean adjustable) {
    }

    /** Where to move the time to. */
    public static class ClockChange {
        @NotNull
        public Instant now;
    }

    @Inject
    PortalClock clock;

    @GET
    @Operation(summary = "The portal's current time")
    public ClockView get() {
        return new ClockView(clock.now(), clock.isAdjustable());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the portal's time (test and demo portals only)")
    public ClockView set(@NotNull @Valid ClockChange change) {
        clock.setNow(change.now);
        LOG.warning(() -> "portal clock moved to " + change.now);
        return get();
    }

    @DELETE
    @Operation(summary = "Return the portal's time to real time (test and demo portals only)")
    public ClockView reset() {
        clock.reset();
        return get();
    }
}
