package kz.kepil.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.notification.application.Notifications;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The SMS journal: every SMS the portal queued, with what the gateway answered. */
@Path("notifications/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public class SmsJournalResource {

    @Inject
    Notifications notifications;

    @GET
    @RolesAllowed({"AKIMAT_SPECIALIST", "AUTHORITY", "AUDITOR"})
    @Operation(summary = "The SMS journal, newest first: ?iin, ?from and ?to (an instant, or a day in Almaty time; "
            + "to includes its day), ?limit (100, at most 1000). An akimat's specialists see their akimat's SMS.")
    public List<SmsView> journal(@QueryParam("iin") String iin, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return notifications.journal(QueryParams.text(iin), instant(from, "from", false), instant(to, "to", true),
                QueryParams.integer(limit, "limit", 100, 1, 1000)).stream().map(SmsView::of).toList();
    }

    /** An instant, or a day in Almaty: its start, or for an upper bound the start of the next day. */
    static Instant instant(String value, String name, boolean upper) {
        String v = QueryParams.text(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (upper ? day.plusDays(1) : day).atStartOfDay(KzTime.ALMATY).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("VALIDATION_FAILED",
                    name + " must be a day (2026-03-15) or an instant (2026-03-15T04:00:00Z)");
        }
    }
}
