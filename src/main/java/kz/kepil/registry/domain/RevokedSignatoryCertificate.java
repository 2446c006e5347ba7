package kz.kepil.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A revoked signatory certificate the portal acted on: the supplier it suspended, on which decision,
 * and when it found the revocation. Kept so that each certificate suspends a supplier once; never changed.
 */
@Entity
@Table(name = "supplier_revoked_certificate")
@IdClass(RevokedSignatoryCertificate.Key.class)
@NamedQuery(name = "RevokedSignatoryCertificate.ofSupplier",
        query = "SELECT r.certificateSha256 FROM RevokedSignatoryCertificate r WHERE r.supplierId = :supplier")
public class RevokedSignatoryCertificate {

    /** Supplier and certificate: the pair acted on once. */
    public static class Key implements Serializable {
        private long supplierId;
        private String certificateSha256;

        public Key() {
        }

        public Key(long supplierId, String certificateSha256) {
            this.supplierId = supplierId;
            this.certificateSha256 = certificateSha256;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.supplierId == supplierId && Objects.equals(k.certificateSha256, certificateSha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(supplierId, certificateSha256);
        }
    }

    @Id
    @Column(name = "supplier_id")
    private long supplierId;

    @Id
    @Column(name = "certificate_sha256", length = 64)
    private String certificateSha256;

    @Column(name = "serial_number", nullable = false, length = 80)
    private String serialNumber;

    @Column(name = "issuer", nullable = false, length = 500)
    private String issuer;

    @Column(name = "signer_iin", length = 12)
    private String signerIin;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    @Column(name = "reason", length = 40)
    private String reason;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected RevokedSignatoryCertificate() {
    }

    public RevokedSignatoryCertificate(long supplierId, SignatoryCertificate certificate, long decisionId, Instant foundAt) {
        if (!certificate.revoked()) {
            throw new IllegalArgumentException("only a revoked certificate is acted on");
        }
        this.supplierId = supplierId;
        this.certificateSha256 = certificate.sha256();
        this.serialNumber = Objects.requireNonNull(certificate.serialNumber());
        this.issuer = Objects.requireNonNull(certificate.issuer());
        this.signerIin = certificate.signerIin();
        this.revokedAt = certificate.revokedAt();
        this.reason = certificate.reason();
        this.decisionId = decisionId;
        this.foundAt = Objects.requireNonNull(foundAt);
    }

    public long supplierId() {
        return supplierId;
    }

    public String certificateSha256() {
        return certificateSha256;
    }

    public long decisionId() {
        return decisionId;
    }
}
