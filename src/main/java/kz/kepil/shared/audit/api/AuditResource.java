package kz.kepil.shared.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.shared.audit.application.AuditQueries;
import kz.kepil.shared.audit.domain.AuditEvent;
import kz.kepil.shared.audit.domain.AuditRecord;
import kz.kepil.shared.audit.domain.ChainReport;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The audit trail for auditors: events by aggregate, and the verification of the whole chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("AUDITOR")
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    /** One event as auditors see it. */
    public record AuditEventView(long seq, Instant occurredAt, String actor, String entity, String entityId,
                                 String action, String before, String after, String prevHash, String hash) {
        static AuditEventView of(AuditEvent event) {
            AuditRecord r = event.record();
            return new AuditEventView(r.seq(), r.occurredAt(), r.actor(), r.entityType(), r.entityId(), r.action(),
                    r.before(), r.after(), event.prevHash(), event.hash());
        }
    }

    @Inject
    AuditQueries queries;

    @GET
    @Operation(summary = "The newest events about an aggregate type, or about one aggregate")
    public List<AuditEventView> events(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        // Checked here rather than with constraint annotations, which the OpenAPI generator cannot
        // read on query parameters.
        if (entity == null || entity.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", "entity is required, e.g. entity=UserAccount");
        }
        if (limit < 1 || limit > 1000) {
            throw DomainException.invalid("VALIDATION_FAILED", "limit must be between 1 and 1000");
        }
        return queries.forEntity(entity, id == null || id.isBlank() ? null : id, limit).stream()
                .map(AuditEventView::of).toList();
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the hash chain; says where it breaks if a row was changed or deleted")
    public ChainReport verify() {
        return queries.verify();
    }
}
