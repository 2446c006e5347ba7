package kz.kepil.signing.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An accepted signature, kept as evidence: the CMS as received, the digest of the exact document,
 * the signer's certificate, who it named, the signing time, when it was verified, the revocation
 * status seen then and every check made. With these the signature can be shown valid long after the
 * certificate has expired. Never changed once written.
 */
@Entity
@Table(name = "signature_evidence")
public class SignatureEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "document_type", nullable = false, length = 60)
    private String documentType;

    @Column(name = "document_id", nullable = false, length = 80)
    private String documentId;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "cms", nullable = false)
    private byte[] cms;

    @Column(name = "signer_iin", length = 12)
    private String signerIin;

    @Column(name = "signer_bin", length = 12)
    private String signerBin;

    @Column(name = "signer_name", length = 300)
    private String signerName;

    @Column(name = "signer_roles", length = 200)
    private String signerRoles;

    @Column(name = "certificate_serial", length = 80)
    private String certificateSerial;

    @Column(name = "certificate_issuer", length = 500)
    private String certificateIssuer;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Column(name = "revocation_status", length = 200)
    private String revocationStatus;

    @Column(name = "checks", columnDefinition = "TEXT", nullable = false)
    private String checks;

    /** The exact document signed (its UTF-8 bytes are what the CMS signs), so the signature can be verified again. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document_content", columnDefinition = "MEDIUMTEXT")
    private String documentContent;

    protected SignatureEvidence() {
    }

    /** Evidence of a signature that passed every check. */
    public static SignatureEvidence accepted(String documentType, String documentId, String content, byte[] cms,
                                             VerificationReport report, Instant verifiedAt) {
        if (!report.valid()) {
            throw new IllegalArgumentException("only a valid signature is kept as evidence");
        }
        SignatureEvidence e = new SignatureEvidence();
        e.documentType = documentType;
        e.documentId = documentId;
        e.documentSha256 = report.documentSha256();
        e.documentContent = content;
        e.cms = Arrays.copyOf(cms, cms.length);
        SignerIdentity signer = report.signer();
        e.signerIin = signer.iin();
        e.signerBin = signer.bin();
        e.signerName = signer.fullName();
        e.signerRoles = signer.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        e.certificateSerial = report.certificate().serialNumber();
        e.certificateIssuer = report.certificate().issuer();
        e.signedAt = report.signedAt();
        e.verifiedAt = verifiedAt;
        e.revocationStatus = report.revocationStatus();
        e.checks = report.checks().stream().map(c -> c.check() + ": " + c.detail()).collect(Collectors.joining("\n"));
        return e;
    }

    public Long id() {
        return id;
    }

    public String documentType() {
        return documentType;
    }

    public String documentId() {
        return documentId;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public byte[] cms() {
        return Arrays.copyOf(cms, cms.length);
    }

    public String signerIin() {
        return signerIin;
    }

    public String signerBin() {
        return signerBin;
    }

    public String signerName() {
        return signerName;
    }

    public Set<String> signerRoles() {
        return signerRoles == null || signerRoles.isEmpty() ? Set.of()
                : new TreeSet<>(Arrays.asList(signerRoles.split(",")));
    }

    public String certificateSerial() {
        return certificateSerial;
    }

    public String certificateIssuer() {
        return certificateIssuer;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String revocationStatus() {
        return revocationStatus;
    }

    public String checks() {
        return checks;
    }

    /** The document as signed; empty for evidence kept before documents were kept with it. */
    public java.util.Optional<String> documentContent() {
        return java.util.Optional.ofNullable(documentContent);
    }

    public String auditSummary() {
        return documentType + " " + documentId + " sha256=" + documentSha256 + " signer iin=" + signerIin
                + (signerBin != null ? " bin=" + signerBin : "") + " signedAt=" + signedAt;
    }
}
