package kz.kepil.signing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying one signature over one document: who signed and when (as far as the CMS
 * could be read), the certificate, each check made with its result, and the first failure (with its
 * detail) if any.
 * Checks after the first failure are still reported where they could be made, so a person sees all
 * that is wrong at once.
 */
public record VerificationReport(SignerIdentity signer, Instant signedAt, CertificateSummary certificate,
                                 List<CheckResult> checks, SignatureFailure failure, String failureDetail,
                                 String revocationStatus,
                                 String documentSha256) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /** One check's verdict. */
    public record CheckResult(SignatureCheck check, boolean passed, String detail) {
    }

    /** The signer certificate as people read it. */
    public record CertificateSummary(String subject, String issuer, String serialNumber, Instant notBefore,
                                     Instant notAfter) {
    }

    public boolean valid() {
        return failure == null;
    }

    public Optional<SignatureFailure> firstFailure() {
        return Optional.ofNullable(failure);
    }

}
