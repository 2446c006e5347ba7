package kz.kepil.entitlement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A record for E-Sobes: a reactivation asked, a measure returned to the general queue after a no-show, a measure fulfilled or closed (a refused replacement is
 * closed, with its status DECLINED), consent to a replacement given (by SMS, in the cabinet or by silence). E-Sobes reads them in id
 * order from the last one it saw; they are never changed or deleted.
 */
@Entity
@Table(name = "esobes_outbound")
@NamedQuery(name = "EsobesOutbound.after",
        query = "SELECT e FROM EsobesOutbound e WHERE e.id > :after ORDER BY e.id")
public class EsobesOutbound {

    /** What happened. */
    public enum Kind { ACTIVATION_REQUESTED, MEASURE_FULFILLED, MEASURE_CLOSED, REPLACEMENT_CONSENTED, RETURNED_TO_QUEUE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "payload", nullable = false, length = 4000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EsobesOutbound() {
    }

    public EsobesOutbound(long measureId, Kind kind, String payload, Instant createdAt) {
        this.measureId = measureId;
        this.kind = kind;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long measureId() {
        return measureId;
    }

    public Kind kind() {
        return kind;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
