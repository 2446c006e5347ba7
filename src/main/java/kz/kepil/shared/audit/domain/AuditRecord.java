package kz.kepil.shared.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an audit event says, independent of storage. Times are kept to the microsecond, the
 * precision the database stores, so the hash computed before writing is the hash recomputed after.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String entityType, String entityId,
                          String action, String before, String after) {

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
