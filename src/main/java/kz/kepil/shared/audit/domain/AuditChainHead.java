package kz.kepil.shared.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the newest event. Appending locks it, so events are chained one after
 * the other even when many transactions write at once.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    /** Chains the record after the current head and moves the head to it. */
    public AuditEvent append(AuditRecord record) {
        if (record.seq() != lastSeq + 1) {
            throw new IllegalArgumentException("event " + record.seq() + " does not follow " + lastSeq);
        }
        AuditEvent event = AuditChain.append(lastHash, record);
        lastSeq = event.seq();
        lastHash = event.hash();
        return event;
    }
}
