package kz.kepil.signing.api;

import kz.kepil.signing.domain.SignerIdentity;
import kz.kepil.signing.domain.VerificationReport;

import java.time.Instant;
import java.util.List;

/** A verification report as the API shows it. */
public record VerificationView(boolean valid, String code, SignerView signer, Instant signedAt,
                               CertificateView certificate, List<CheckView> checks, String revocationStatus,
                               String documentSha256) {

    /** Who the certificate names. */
    public record SignerView(String iin, String bin, String commonName, String organisation, List<String> roles) {
        static SignerView of(SignerIdentity s) {
            return s == null ? null : new SignerView(s.iin(), s.bin(), s.commonName(), s.organisation(),
                    s.roles().stream().map(Enum::name).sorted().toList());
        }
    }

    /** The signer's certificate. */
    public record CertificateView(String subject, String issuer, String serialNumber, Instant notBefore, Instant notAfter) {
    }

    /** One check. */
    public record CheckView(String name, boolean passed, String detail) {
    }

    public static VerificationView of(VerificationReport r) {
        var c = r.certificate();
        return new VerificationView(r.valid(), r.firstFailure().map(Enum::name).orElse(null), SignerView.of(r.signer()),
                r.signedAt(), c == null ? null : new CertificateView(c.subject(), c.issuer(), c.serialNumber(), c.notBefore(), c.notAfter()),
                r.checks().stream().map(k -> new CheckView(k.check().name(), k.passed(), k.detail())).toList(),
                r.revocationStatus(), r.documentSha256());
    }
}
