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
        SignatureEvidence evidence = SignatureEvidence.accepted(document.documentType(), document.documentId(), cms,
                report, clock.instant());
        em.persist(evidence);
        em.flush();
        audit.record("SignatureEvidence", evidence.id(), "ACCEPTED", null, evidence.auditSummary());
        return evidence;
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
