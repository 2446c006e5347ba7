package kz.kepil.signing.infrastructure.pki;

import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One in-memory test PKI shared by the unit tests of this package: made once per test run, since an RSA root
 * key takes a moment to generate. Tests only read it or issue fresh certificates from it.
 */
final class ThrowawayPki {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final Instant NOT_BEFORE = NOW.minus(Duration.ofHours(1));
    static final Instant NOT_AFTER = NOW.plus(Duration.ofDays(365));

    static final CertificateHolder INDIVIDUAL =
            CertificateHolder.individual(Iin.of("850214300001"), "Қасымов", "Асан");
    static final Bin SUPPLIER_BIN = Bin.of("100440000004");

    private ThrowawayPki() {
    }

    static TestCertificationAuthority pki() {
        return Holder.PKI;
    }

    static CertificateHolder staff(OrganisationRole role) {
        return CertificateHolder.staff(Iin.of("800315300006"), "Нұрланова", "Айгүл",
                new StaffMembership("\"Мейірім медтехника\" ЖШС", SUPPLIER_BIN, role));
    }

    static KeyAndChain issue(CertificateHolder holder, CertificatePurpose purpose) {
        return pki().rsa().issue(holder, purpose, NOT_BEFORE, NOT_AFTER);
    }

    /** The value of the first subject attribute of {@code type}, unescaped. */
    static Optional<String> subject(X509Certificate certificate, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return rdns.length == 0 ? Optional.empty()
                : Optional.of(((ASN1String) rdns[0].getFirst().getValue()).getString());
    }

    /** Validates the chain (without its root) to {@code root} at {@code at}, revocation not checked. */
    static PKIXCertPathValidatorResult validate(List<X509Certificate> chain, X509Certificate root, Instant at)
            throws GeneralSecurityException {
        List<X509Certificate> path = chain.stream().filter(c -> !c.equals(root)).toList();
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        return (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX", Bouncy.PROVIDER).validate(
                CertificateFactory.getInstance("X.509", Bouncy.PROVIDER).generateCertPath(path), parameters);
    }

    private static final class Holder {
        static final TestCertificationAuthority PKI = TestCertificationAuthority.create(NOW);
    }
}
