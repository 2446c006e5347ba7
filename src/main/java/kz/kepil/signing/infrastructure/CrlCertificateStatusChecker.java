package kz.kepil.signing.infrastructure;

import kz.kepil.shared.domain.Sha256;
import kz.kepil.signing.domain.CertificateStatus;
import kz.kepil.signing.domain.CertificateStatus.Standing;
import kz.kepil.signing.domain.CertificateStatusChecker;
import kz.kepil.signing.domain.SignerIdentity;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads the signer certificate out of a stored CMS and judges it by its issuer's CRL in the trust
 * material: listed with a revocation date already reached is REVOKED (also when the list is past its
 * next update: a revocation is never taken back by age); otherwise past its validity EXPIRED; otherwise
 * UNKNOWN when no authentic, current CRL of the issuer is at hand, else GOOD. The chain was checked when
 * the signature was accepted and is not built again.
 */
public class CrlCertificateStatusChecker implements CertificateStatusChecker {

    private final Supplier<TrustMaterial> trust;
    private final Supplier<String> version;

    public CrlCertificateStatusChecker(Supplier<TrustMaterial> trust, Supplier<String> version) {
        this.trust = trust;
        this.version = version;
    }

    @Override
    public CertificateStatus statusOf(byte[] cms, Instant now) {
        X509Certificate certificate = signerCertificate(cms);
        String sha256;
        try {
            sha256 = Sha256.hex(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("the signer certificate cannot be encoded", e);
        }
        SignerIdentity signer = CertificateIdentities.of(certificate);
        String serial = certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        String issuer = CertificateIdentities.readableIssuer(certificate);
        Instant notAfter = certificate.getNotAfter().toInstant();
        RevocationList crl = trust.get().revocationListOf(certificate.getIssuerX500Principal())
                .filter(RevocationList::authentic).orElse(null);
        Instant crlThisUpdate = crl == null ? null : crl.thisUpdate();
        RevocationList.Entry entry = crl == null ? null : crl.entry(certificate.getSerialNumber())
                .filter(e -> !e.revokedAt().isAfter(now)).orElse(null);
        Standing standing;
        if (entry != null) {
            standing = Standing.REVOKED;
        } else if (now.isAfter(notAfter)) {
            standing = Standing.EXPIRED;
        } else if (crl == null || crl.nextUpdate().map(next -> next.isBefore(now)).orElse(false)) {
            standing = Standing.UNKNOWN;
        } else {
            standing = Standing.GOOD;
        }
        return new CertificateStatus(signer.iin(), signer.fullName(), serial, issuer, sha256,
                notAfter, standing, entry == null ? null : entry.revokedAt(),
                entry == null || entry.reason() == null ? null : entry.reason().name(), crlThisUpdate);
    }

    @Override
    public String trustVersion() {
        return version.get();
    }

    private static X509Certificate signerCertificate(byte[] cms) {
        try {
            CMSSignedData signed = new CMSSignedData(cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new IllegalArgumentException("the signature has " + signers.size() + " signers");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signers.iterator().next().getSID());
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("the signature carries no signer certificate");
            }
            return new JcaX509CertificateConverter().setProvider(Bouncy.PROVIDER).getCertificate(matches.iterator().next());
        } catch (CMSException | CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("the signature cannot be read: " + e.getMessage(), e);
        }
    }
}
