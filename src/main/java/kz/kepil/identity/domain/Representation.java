package kz.kepil.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's authority to act for a beneficiary: a legal representative of a minor or incapacitated
 * person (registered by the akimat on the strength of a document), or a proxy the beneficiary gives
 * without a notary. Valid from a date, optionally until a date; once revoked it stays revoked.
 */
@Entity
@Table(name = "representation")
@NamedQuery(name = "Representation.involving",
        query = "SELECT r FROM Representation r WHERE r.representativeIin = :iin OR r.beneficiaryIin = :iin ORDER BY r.id")
@NamedQuery(name = "Representation.between",
        query = "SELECT r FROM Representation r WHERE r.representativeIin = :representative AND r.beneficiaryIin = :beneficiary")
public class Representation {

    /** On what footing the representative acts. */
    public enum Kind { LEGAL_REPRESENTATIVE, PROXY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "representative_iin", nullable = false, length = 12)
    private String representativeIin;

    @Column(name = "beneficiary_iin", nullable = false, length = 12)
    private String beneficiaryIin;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "basis", nullable = false, length = 500)
    private String basis;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 200)
    private String revokedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Representation() {
    }

    public Representation(Iin representative, Iin beneficiary, Kind kind, String basis, LocalDate validFrom,
                          LocalDate validTo, Instant createdAt, String createdBy) {
        if (representative.equals(beneficiary)) {
            throw DomainException.invalid("REPRESENTATION_INVALID", "A person cannot represent themselves");
        }
        if (basis == null || basis.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", "basis is required: the document the authority rests on");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw DomainException.invalid("REPRESENTATION_INVALID", "validTo is before validFrom");
        }
        this.representativeIin = representative.value();
        this.beneficiaryIin = beneficiary.value();
        this.kind = Objects.requireNonNull(kind);
        this.basis = basis.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** Whether the representative may act for the beneficiary on that day. */
    public boolean isActiveOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public void revoke(Instant at, String by) {
        if (revokedAt != null) {
            throw DomainException.conflict("REPRESENTATION_REVOKED", "This representation was already revoked");
        }
        this.revokedAt = Objects.requireNonNull(at);
        this.revokedBy = Objects.requireNonNull(by);
    }

    public String auditSummary() {
        return kind + " " + representativeIin + "->" + beneficiaryIin + " from " + validFrom
                + (validTo != null ? " to " + validTo : "") + (revokedAt != null ? " revoked " + revokedAt : "");
    }

    public Long id() {
        return id;
    }

    public Iin representative() {
        return Iin.of(representativeIin);
    }

    public Iin beneficiary() {
        return Iin.of(beneficiaryIin);
    }

    public Kind kind() {
        return kind;
    }

    public String basis() {
        return basis;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
