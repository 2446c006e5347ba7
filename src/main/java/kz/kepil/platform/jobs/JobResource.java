package kz.kepil.platform.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.platform.clock.PortalClock;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Runs the portal's periodic jobs now: only where the clock can be moved (test and demo portals), so
 * that a deadline passed by moving the clock takes effect without waiting for the timer.
 */
@Path("platform/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class JobResource {

    @Inject
    PortalClock clock;

    @Inject
    JobScheduler scheduler;

    @POST
    @Operation(summary = "Run every periodic job now (test and demo portals only); what each did")
    public Map<String, Integer> run() {
        if (!clock.isAdjustable()) {
            throw DomainException.notFound("path", "platform/jobs");
        }
        return scheduler.runAll();
    }
}
