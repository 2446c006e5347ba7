package kz.kepil.shared.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One appended event: who changed which aggregate, how, when, and a summary of it before and after.
 * Immutable once written; {@link #hash} covers every other field and the previous event's hash.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.forEntity",
        query = "SELECT e FROM AuditEvent e WHERE e.entityType = :type AND (:id IS NULL OR e.entityId = :id) ORDER BY e.seq DESC")
public class AuditEvent {

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 80)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 80)
    private String entityId;

    @Column(name = "action", nullable = false, length = 80)
    private String action;

    @Column(name = "before_state", columnDefinition = "TEXT")
    private String before;

    @Column(name = "after_state", columnDefinition = "TEXT")
    private String after;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(AuditRecord record, String prevHash, String hash) {
        this.seq = record.seq();
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.entityType = record.entityType();
        this.entityId = record.entityId();
        this.action = record.action();
        this.before = record.before();
        this.after = record.after();
        this.prevHash = prevHash;
        this.hash = hash;
    }

    /** The fields the hash covers, as they are stored now. */
    public AuditRecord record() {
        return new AuditRecord(seq, occurredAt, actor, entityType, entityId, action, before, after);
    }

    public long seq() {
        return seq;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
