package kz.kepil.signing.application;

import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.domain.VerificationReport;

/** A signature that failed a check: 422 with the check's code (SIGNATURE_INVALID, SIGNER_MISMATCH, …). */
public class SignatureRejected extends DomainException {

    private final transient VerificationReport report;

    public SignatureRejected(VerificationReport report) {
        super(Kind.RULE_VIOLATED, report.firstFailure().orElseThrow().name(), report.failureDetail());
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
