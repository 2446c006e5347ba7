package kz.kepil.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A beneficiary's acceptance of a version of the public contract: signed once, by the beneficiary or
 * their representative, kept with the signature. Never changed; a new version is a new acceptance.
 */
@Entity
@Table(name = "beneficiary_contract")
@NamedQuery(name = "BeneficiaryContract.of",
        query = "SELECT c FROM BeneficiaryContract c WHERE c.iin = :iin AND c.contractVersion = :version")
public class BeneficiaryContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "iin", nullable = false, length = 12)
    private String iin;

    @Column(name = "contract_version", nullable = false)
    private int contractVersion;

    @Column(name = "signer_iin", nullable = false, length = 12)
    private String signerIin;

    @Column(name = "signature_id", nullable = false)
    private long signatureId;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected BeneficiaryContract() {
    }

    public BeneficiaryContract(String iin, int contractVersion, String signerIin, long signatureId, Instant signedAt) {
        this.iin = iin;
        this.contractVersion = contractVersion;
        this.signerIin = signerIin;
        this.signatureId = signatureId;
        this.signedAt = signedAt;
    }

    public Long id() {
        return id;
    }

    public String iin() {
        return iin;
    }

    public int contractVersion() {
        return contractVersion;
    }

    public String signerIin() {
        return signerIin;
    }

    public long signatureId() {
        return signatureId;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
