package kz.kepil.shared.audit.domain;

import kz.kepil.shared.domain.Sha256;

/**
 * The hash chain: each event's hash is SHA-256 over the previous event's hash and every field of
 * the event, each field prefixed with its length so no two different events hash the same input.
 */
public final class AuditChain {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, AuditRecord record) {
        StringBuilder input = new StringBuilder(256);
        field(input, prevHash);
        field(input, Long.toString(record.seq()));
        field(input, record.occurredAt().toString());
        field(input, record.actor());
        field(input, record.entityType());
        field(input, record.entityId());
        field(input, record.action());
        field(input, record.before());
        field(input, record.after());
        return Sha256.hex(input.toString());
    }

    /** The event to store after {@code prevHash}. */
    public static AuditEvent append(String prevHash, AuditRecord record) {
        return new AuditEvent(record, prevHash, hash(prevHash, record));
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append("-1:;");
        } else {
            input.append(value.length()).append(':').append(value).append(';');
        }
    }
}
