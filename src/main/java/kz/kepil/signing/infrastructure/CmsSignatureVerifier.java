package kz.kepil.signing.infrastructure;

import kz.kepil.shared.domain.Sha256;
import kz.kepil.signing.domain.HolderRole;
import kz.kepil.signing.domain.KeyPurpose;
import kz.kepil.signing.domain.KzOids;
import kz.kepil.signing.domain.SignatureCheck;
import kz.kepil.signing.domain.SignatureFailure;
import kz.kepil.signing.domain.SignatureRequirement;
import kz.kepil.signing.domain.SignatureVerifier;
import kz.kepil.signing.domain.SignerIdentity;
import kz.kepil.signing.domain.VerificationReport;
import kz.kepil.signing.domain.VerificationReport.CertificateSummary;
import kz.kepil.signing.domain.VerificationReport.CheckResult;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Verifies a detached CMS SignedData as strictly as a real deployment must: the digest of the exact
 * document bytes, the signature, the chain to a trusted root, validity at the signing time,
 * revocation by the issuer's current CRL, the key's intended use, and who signed against what the
 * act requires. Every check that can be made is reported; the first failure decides the code.
 */
public class CmsSignatureVerifier implements SignatureVerifier {

    /** How far a signer's clock may run ahead of the portal's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Supplier<TrustMaterial> trust;

    public CmsSignatureVerifier(Supplier<TrustMaterial> trust) {
        this.trust = trust;
    }

    @Override
    public VerificationReport verify(byte[] content, byte[] cms, SignatureRequirement requirement, Instant now) {
        Report report = new Report(Sha256.hex(content));
        CMSSignedData signed;
        SignerInformation signer;
        X509CertificateHolder holder;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID,
                        "exactly one signer is expected, found " + signers.size());
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID,
                        "the signer's certificate is not included in the signature");
            }
            holder = matches.iterator().next();
        } catch (CMSException | RuntimeException e) {
            return report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID,
                    "not a CMS SignedData: " + e.getMessage());
        }

        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().setProvider(Bouncy.PROVIDER).getCertificate(holder);
        } catch (CertificateException e) {
            return report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID, "unreadable certificate");
        }
        report.identify(CertificateIdentities.of(certificate), summary(certificate));

        AttributeTable attributes = signer.getSignedAttributes();
        Attribute signingTimeAttribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (signingTimeAttribute == null) {
            return report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID,
                    "signed attributes with the signing time are required");
        }
        Instant signedAt = Time.getInstance(signingTimeAttribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        report.signedAt(signedAt);

        boolean digestMatches = digestMatches(signer, attributes, content, report);
        if (digestMatches) {
            checkSignature(signer, attributes, certificate, report);
        } else {
            report.skip(SignatureCheck.SIGNATURE, "not checked: the document differs from the one signed");
        }

        List<X509Certificate> path = checkChain(certificate, signed, report);
        checkValidity(certificate, path, signedAt, now, report);
        checkRevocation(certificate, now, report);
        checkKeyUsage(certificate, requirement.purpose(), report);
        checkSigner(report.identity, requirement, report);
        return report.build();
    }

    private static boolean digestMatches(SignerInformation signer, AttributeTable attributes, byte[] content, Report report) {
        Attribute digestAttribute = attributes.get(CMSAttributes.messageDigest);
        if (digestAttribute == null) {
            report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID, "no message digest attribute");
            return false;
        }
        byte[] claimed = ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(Bouncy.PROVIDER).build();
            DigestCalculator calculator = digests.get(signer.getDigestAlgorithmID());
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(content);
            }
            if (!MessageDigest.isEqual(claimed, calculator.getDigest())) {
                report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID,
                        "the document differs from the one that was signed");
                return false;
            }
            report.pass(SignatureCheck.DIGEST, "the digest of the document matches the signed digest");
            return true;
        } catch (Exception e) {
            report.fail(SignatureCheck.DIGEST, SignatureFailure.SIGNATURE_INVALID,
                    "unsupported digest algorithm " + signer.getDigestAlgOID());
            return false;
        }
    }

    private static void checkSignature(SignerInformation signer, AttributeTable attributes,
                                       X509Certificate certificate, Report report) {
        try {
            // With the key alone: a verifier built from the certificate would refuse one expired at the
            // signing time before checking the cryptography; validity is judged on its own below.
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bouncy.PROVIDER)
                    .build(certificate.getPublicKey()))) {
                report.fail(SignatureCheck.SIGNATURE, SignatureFailure.SIGNATURE_INVALID, "the signature does not verify");
                return;
            }
        } catch (Exception e) {
            report.fail(SignatureCheck.SIGNATURE, SignatureFailure.SIGNATURE_INVALID, "the signature does not verify: " + e.getMessage());
            return;
        }
        Attribute essV2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (essV2 != null && !signingCertificateMatches(essV2, certificate)) {
            report.fail(SignatureCheck.SIGNATURE, SignatureFailure.SIGNATURE_INVALID,
                    "the signing-certificate attribute names another certificate");
            return;
        }
        report.pass(SignatureCheck.SIGNATURE, "the signature verifies with the signer's key ("
                + certificate.getPublicKey().getAlgorithm() + ")");
    }

    /** ESS signing-certificate-v2: the first certificate identifier must be the hash of the signer's certificate. */
    private static boolean signingCertificateMatches(Attribute attribute, X509Certificate certificate) {
        try {
            SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
            ESSCertIDv2 id = value.getCerts()[0];
            MessageDigest digest = MessageDigest.getInstance(id.getHashAlgorithm().getAlgorithm().getId(), Bouncy.PROVIDER);
            return Arrays.equals(id.getCertHash(), digest.digest(certificate.getEncoded()));
        } catch (Exception e) {
            return false;
        }
    }

    private List<X509Certificate> checkChain(X509Certificate certificate, CMSSignedData signed, Report report) {
        TrustMaterial material = trust.get();
        String key;
        try {
            key = Sha256.hex(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            report.fail(SignatureCheck.CHAIN, SignatureFailure.CERTIFICATE_UNTRUSTED, "unreadable certificate");
            return List.of(certificate);
        }
        // A path once validated against this trust material stays valid while the material does;
        // validity dates and revocation are checked on every verification regardless.
        List<X509Certificate> known = material.validatedPath(key).orElse(null);
        if (known != null) {
            passChain(known, report);
            return known;
        }
        try {
            List<Object> candidates = new ArrayList<>(material.intermediates());
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(Bouncy.PROVIDER);
            for (Object h : signed.getCertificates().getMatches(null)) {
                candidates.add(converter.getCertificate((X509CertificateHolder) h));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(material.anchors(), target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates), Bouncy.PROVIDER));
            parameters.setRevocationEnabled(false);
            // The path itself, apart from validity periods, which the next check judges at the signing time.
            parameters.setDate(certificate.getNotBefore());
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX", Bouncy.PROVIDER).build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            material.rememberPath(key, path);
            passChain(path, report);
            return path;
        } catch (CertPathBuilderException e) {
            report.fail(SignatureCheck.CHAIN, SignatureFailure.CERTIFICATE_UNTRUSTED,
                    "the certificate does not chain to a trusted root: " + certificate.getIssuerX500Principal().getName());
            return List.of(certificate);
        } catch (Exception e) {
            report.fail(SignatureCheck.CHAIN, SignatureFailure.CERTIFICATE_UNTRUSTED, "the chain cannot be built: " + e.getMessage());
            return List.of(certificate);
        }
    }

    private static void passChain(List<X509Certificate> path, Report report) {
        report.pass(SignatureCheck.CHAIN, "issued by " + path.get(path.size() - 1).getSubjectX500Principal().getName()
                + " through " + (path.size() - 2) + " intermediate authority(ies)");
    }

    private static void checkValidity(X509Certificate certificate, List<X509Certificate> path, Instant signedAt, Instant now,
                                      Report report) {
        if (signedAt.isAfter(now.plus(CLOCK_SKEW))) {
            report.fail(SignatureCheck.VALIDITY, SignatureFailure.SIGNATURE_INVALID,
                    "the signing time " + signedAt + " lies in the future");
            return;
        }
        for (X509Certificate c : path.isEmpty() ? List.of(certificate) : path) {
            Date at = Date.from(signedAt);
            if (at.before(c.getNotBefore()) || at.after(c.getNotAfter())) {
                report.fail(SignatureCheck.VALIDITY, SignatureFailure.CERTIFICATE_EXPIRED,
                        "certificate " + c.getSubjectX500Principal().getName() + " was not valid at the signing time "
                                + signedAt + " (valid " + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant() + ")");
                return;
            }
        }
        report.pass(SignatureCheck.VALIDITY, "valid at the signing time " + signedAt + " (until "
                + certificate.getNotAfter().toInstant() + ")");
    }

    private void checkRevocation(X509Certificate certificate, Instant now, Report report) {
        RevocationList crl = trust.get().revocationListOf(certificate.getIssuerX500Principal()).orElse(null);
        if (crl == null) {
            report.revocation("UNKNOWN");
            report.fail(SignatureCheck.REVOCATION, SignatureFailure.REVOCATION_STATUS_UNKNOWN,
                    "no revocation list of " + certificate.getIssuerX500Principal().getName());
            return;
        }
        if (!crl.authentic()) {
            report.revocation("UNKNOWN");
            report.fail(SignatureCheck.REVOCATION, SignatureFailure.REVOCATION_STATUS_UNKNOWN,
                    "the revocation list is not signed by its authority");
            return;
        }
        if (crl.nextUpdate().map(next -> next.isBefore(now)).orElse(false)) {
            report.revocation("UNKNOWN");
            report.fail(SignatureCheck.REVOCATION, SignatureFailure.REVOCATION_STATUS_UNKNOWN,
                    "the revocation list expired on " + crl.nextUpdate().orElseThrow());
            return;
        }
        String seen = "CRL of " + crl.thisUpdate();
        RevocationList.Entry entry = crl.entry(certificate.getSerialNumber()).orElse(null);
        if (entry != null && !entry.revokedAt().isAfter(now)) {
            report.revocation("REVOKED " + entry.revokedAt() + ", " + seen);
            report.fail(SignatureCheck.REVOCATION, SignatureFailure.CERTIFICATE_REVOKED,
                    "the certificate was revoked on " + entry.revokedAt() + (entry.reason() != null ? " (" + entry.reason() + ")" : ""));
            return;
        }
        report.revocation("GOOD, " + seen);
        report.pass(SignatureCheck.REVOCATION, "not revoked according to the " + seen);
    }

    private static void checkKeyUsage(X509Certificate certificate, KeyPurpose purpose, Report report) {
        boolean[] usage = certificate.getKeyUsage();
        boolean digitalSignature = usage != null && usage[0];
        boolean nonRepudiation = usage != null && usage.length > 1 && usage[1];
        boolean clientAuth;
        try {
            List<String> eku = certificate.getExtendedKeyUsage();
            clientAuth = eku != null && eku.contains(KzOids.CLIENT_AUTH);
        } catch (Exception e) {
            clientAuth = false;
        }
        if (purpose == KeyPurpose.SIGNING && !nonRepudiation) {
            report.fail(SignatureCheck.KEY_USAGE, SignatureFailure.KEY_USAGE_INVALID,
                    clientAuth ? "this is a sign-in (authentication) key; documents are signed with the signing key"
                            : "the key is not meant for signing documents (no non-repudiation)");
        } else if (purpose == KeyPurpose.AUTHENTICATION && !(clientAuth && digitalSignature)) {
            report.fail(SignatureCheck.KEY_USAGE, SignatureFailure.KEY_USAGE_INVALID,
                    "this is not a sign-in (authentication) key; sign in with the authentication key");
        } else {
            report.pass(SignatureCheck.KEY_USAGE, purpose == KeyPurpose.SIGNING ? "a signing key" : "an authentication key");
        }
    }

    private static void checkSigner(SignerIdentity identity, SignatureRequirement requirement, Report report) {
        if (requirement.iin() != null && !requirement.iin().equals(identity.iin())) {
            report.fail(SignatureCheck.SIGNER, SignatureFailure.SIGNER_MISMATCH,
                    "the document names IIN " + requirement.iin() + " but the certificate is of IIN " + identity.iin());
        } else if (requirement.bin() != null && !requirement.bin().equals(identity.bin())) {
            report.fail(SignatureCheck.SIGNER, SignatureFailure.SIGNER_MISMATCH,
                    "the document names BIN " + requirement.bin() + " but the certificate is "
                            + (identity.bin() == null ? "a private person's" : "of BIN " + identity.bin()));
        } else {
            report.pass(SignatureCheck.SIGNER, identity.bin() == null ? "IIN " + identity.iin()
                    : "IIN " + identity.iin() + " for BIN " + identity.bin());
        }
        if (requirement.anyOfRoles().isEmpty()) {
            return;
        }
        if (requirement.anyOfRoles().stream().noneMatch(identity.roles()::contains)) {
            report.fail(SignatureCheck.ROLE, SignatureFailure.SIGNER_ROLE_MISSING,
                    "the act needs one of " + requirement.anyOfRoles() + "; the certificate gives " + identity.roles());
        } else {
            report.pass(SignatureCheck.ROLE, "holds " + identity.roles().stream().filter(requirement.anyOfRoles()::contains)
                    .map(HolderRole::name).toList());
        }
    }

    private static CertificateSummary summary(X509Certificate c) {
        return new CertificateSummary(CertificateIdentities.readableSubject(c), CertificateIdentities.readableIssuer(c),
                HexFormat.of().formatHex(c.getSerialNumber().toByteArray()), c.getNotBefore().toInstant(),
                c.getNotAfter().toInstant());
    }

    /** Collects the checks as they are made. */
    private static final class Report {
        private final String documentSha256;
        private final List<CheckResult> checks = new ArrayList<>();
        private SignatureFailure failure;
        private String failureDetail;
        private SignerIdentity identity;
        private CertificateSummary certificate;
        private Instant signedAt;
        private String revocation;

        Report(String documentSha256) {
            this.documentSha256 = documentSha256;
        }

        void identify(SignerIdentity identity, CertificateSummary certificate) {
            this.identity = identity;
            this.certificate = certificate;
        }

        void signedAt(Instant at) {
            this.signedAt = at;
        }

        void revocation(String status) {
            this.revocation = status;
        }

        void pass(SignatureCheck check, String detail) {
            checks.add(new CheckResult(check, true, detail));
        }

        void skip(SignatureCheck check, String detail) {
            checks.add(new CheckResult(check, false, detail));
        }

        VerificationReport fail(SignatureCheck check, SignatureFailure code, String detail) {
            checks.add(new CheckResult(check, false, detail));
            if (failure == null) {
                failure = code;
                failureDetail = detail;
            }
            return build();
        }

        VerificationReport build() {
            return new VerificationReport(identity, signedAt, certificate, checks, failure, failureDetail, revocation, documentSha256);
        }
    }
}
