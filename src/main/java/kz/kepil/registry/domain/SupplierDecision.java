package kz.kepil.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision of the authorised body on a supplier: drafted with its ground and note, then signed by
 * the official with EDS, which is when it takes effect. A draft not yet signed changes nothing; a
 * signed decision is never changed. The registry's public history is the list of signed decisions.
 */
@Entity
@Table(name = "supplier_decision")
@NamedQuery(name = "SupplierDecision.ofSupplier",
        query = "SELECT d FROM SupplierDecision d WHERE d.supplierId = :supplier ORDER BY d.id")
public class SupplierDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 40)
    private Ground ground;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "drafted_by", nullable = false, length = 200)
    private String draftedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 30)
    private SupplierStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 30)
    private SupplierStatus statusAfter;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by_iin", length = 12)
    private String signedByIin;

    @Column(name = "signature_id")
    private Long signatureId;

    @Column(name = "taken_by_system", nullable = false)
    private boolean takenBySystem;

    protected SupplierDecision() {
    }

    public SupplierDecision(long supplierId, Decision decision, Ground ground, String note, Instant at, String by) {
        this.supplierId = supplierId;
        this.decision = Objects.requireNonNull(decision);
        this.ground = Objects.requireNonNull(ground);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.draftedAt = Objects.requireNonNull(at);
        this.draftedBy = Objects.requireNonNull(by);
    }

    public void signed(SupplierStatus before, SupplierStatus after, String signerIin, long signatureId, Instant at) {
        if (this.signedAt != null) {
            throw DomainException.conflict("DECISION_ALREADY_SIGNED", "This decision was signed on " + signedAt);
        }
        this.statusBefore = before;
        this.statusAfter = after;
        this.signedByIin = signerIin;
        this.signatureId = signatureId;
        this.signedAt = at;
    }

    /**
     * The portal took the decision by itself under a policy rule (exclusion proceedings on unanswered
     * orders): it takes effect now, unsigned, and says so in the history.
     */
    public void takenBySystem(SupplierStatus before, SupplierStatus after, Instant at) {
        if (this.signedAt != null) {
            throw DomainException.conflict("DECISION_ALREADY_SIGNED", "This decision took effect on " + signedAt);
        }
        this.statusBefore = before;
        this.statusAfter = after;
        this.signedAt = at;
        this.takenBySystem = true;
    }

    public boolean takenBySystem() {
        return takenBySystem;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Long id() {
        return id;
    }

    public long supplierId() {
        return supplierId;
    }

    public Decision decision() {
        return decision;
    }

    public Ground ground() {
        return ground;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Optional<SupplierStatus> statusBefore() {
        return Optional.ofNullable(statusBefore);
    }

    public Optional<SupplierStatus> statusAfter() {
        return Optional.ofNullable(statusAfter);
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signedAt);
    }

    public Optional<String> signedByIin() {
        return Optional.ofNullable(signedByIin);
    }

    public Optional<Long> signatureId() {
        return Optional.ofNullable(signatureId);
    }
}
