package kz.kepil.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;
import kz.kepil.signing.domain.SignatureVerifier;
import kz.kepil.signing.domain.VerificationReport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The signing protocol's server side: a signature over a document is verified against what the act
 * requires and, when every check passes, kept as evidence in the caller's transaction. Other contexts
 * call {@link #accept} from their own use cases.
 */
@ApplicationScoped
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());
    /** A CMS larger than this is not a signature of ours: refuse before parsing. */
    static final int MAX_CMS_BYTES = 256 * 1024;

    @Inject
    SignatureVerifier verifier;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    /** Verifies without keeping anything: public verification of a signed document. */
    public VerificationReport verify(String content, String cmsBase64, SignatureRequirement requirement) {
        return verifier.verify(content.getBytes(StandardCharsets.UTF_8), decode(cmsBase64), requirement, clock.instant());
    }

    /**
     * Accepts a signature over the document for an act: verified against the requirement, refused with
     * the failing check's code, else stored as evidence and audited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SignatureEvidence accept(SignableDocument document, String cmsBase64, SignatureRequirement requirement) {
        byte[] cms = decode(cmsBase64);
        VerificationReport report = verifier.verify(document.content().getBytes(StandardCharsets.UTF_8), cms,
                requirement, clock.instant());
        if (!report.valid()) {
            LOG.info(() -> "signature refused for " + document.documentType() + " " + document.documentId() + ": "
                    + report.firstFailure().orElseThrow() + " — " + report.failureDetail());
            throw new SignatureRejected(report);
        }
        SignatureEvidence evidence = SignatureEvidence.accepted(document.documentType(), document.documentId(),
                document.content(), cms, report, clock.instant());
        em.persist(evidence);
        em.flush();
        audit.record("SignatureEvidence", evidence.id(), "ACCEPTED", null, evidence.auditSummary());
        return evidence;
    }

    /**
     * Verifies a stored signature again from its evidence alone: the kept document must still have the
     * digest recorded when it was accepted, and the kept CMS must verify over it against the requirement,
     * as of the moment it was accepted (a certificate revoked later does not undo a signature made before).
     * Nothing is changed; the report says what failed, if anything.
     */
    public Reverification reverify(long evidenceId, SignatureRequirement requirement) {
        SignatureEvidence e = em.find(SignatureEvidence.class, evidenceId);
        if (e == null) {
            return Reverification.failed(null, "signature " + evidenceId + " is not kept");
        }
        String content = e.documentContent().orElse(null);
        if (content == null) {
            return Reverification.failed(e, "the signed document of signature " + evidenceId + " is not kept");
        }
        if (!kz.kepil.shared.domain.Sha256.hex(content).equals(e.documentSha256())) {
            return Reverification.failed(e, "the kept document of signature " + evidenceId
                    + " differs from the one signed (digest " + e.documentSha256() + ")");
        }
        VerificationReport report = verifier.verify(content.getBytes(StandardCharsets.UTF_8), e.cms(), requirement,
                e.verifiedAt());
        if (!report.valid()) {
            return new Reverification(e, false, report.firstFailure().orElseThrow() + ": " + report.failureDetail(),
                    report.certificate());
        }
        if (!java.util.Objects.equals(report.signer().iin(), e.signerIin())
                || !java.util.Objects.equals(report.signer().bin(), e.signerBin())) {
            return Reverification.failed(e, "the kept signature is of IIN " + report.signer().iin()
                    + " but the evidence records IIN " + e.signerIin());
        }
        return new Reverification(e, true, "verified again: signed by IIN " + report.signer().iin()
                + (report.signer().bin() != null ? " for BIN " + report.signer().bin() : "") + " at " + report.signedAt(),
                report.certificate());
    }

    /**
     * The outcome of verifying a stored signature again: the evidence (if kept), whether it holds, why not, and
     * the signer's certificate as people read it (subject, issuer, serial; null when the CMS could not be read).
     */
    public record Reverification(SignatureEvidence evidence, boolean valid, String detail,
                                 VerificationReport.CertificateSummary certificate) {

        static Reverification failed(SignatureEvidence evidence, String detail) {
            return new Reverification(evidence, false, detail, null);
        }
    }

    /** Verifies a signature made to sign in: nothing is stored, the report says who signed. */
    public VerificationReport verifySignIn(String challenge, String cmsBase64) {
        return verify(challenge, cmsBase64, SignatureRequirement.signIn());
    }

    static byte[] decode(String cmsBase64) {
        if (cmsBase64 == null || cmsBase64.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", "cms is required: the base64 of a DER CMS SignedData");
        }
        byte[] cms;
        try {
            cms = Base64.getMimeDecoder().decode(cmsBase64.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("MALFORMED_REQUEST", "cms is not base64");
        }
        if (cms.length == 0 || cms.length > MAX_CMS_BYTES) {
            throw DomainException.invalid("MALFORMED_REQUEST", "cms must be a CMS SignedData of at most " + MAX_CMS_BYTES + " bytes");
        }
        return cms;
    }
}
