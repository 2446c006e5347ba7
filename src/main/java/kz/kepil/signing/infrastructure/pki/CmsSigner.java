package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Makes detached CMS SignedData signatures as the national authority's signing software does: the signer's
 * certificate and chain included, and signed attributes content-type, message-digest, signing-time and
 * ESS signing-certificate-v2 (which binds the signature to that one certificate). RSA keys sign with
 * SHA-256, GOST keys with GOST R 34.11-2012 (256) and GOST R 34.10-2012.
 */
public final class CmsSigner {

    private final Clock clock;

    /** Signing time from the system clock. */
    public CmsSigner() {
        this(Clock.systemUTC());
    }

    /** Signing time from {@code clock}, for tests that sign "at" a given moment. */
    public CmsSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs {@code content} and returns the DER encoding of the CMS ContentInfo, without the content itself.
     *
     * @param chain the signer's certificate first, then the authorities above it (all included in the CMS)
     */
    public byte[] signDetached(PrivateKey key, List<X509Certificate> chain, byte[] content) {
        Objects.requireNonNull(content, "content");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the signer's certificate is needed");
        }
        X509Certificate signer = chain.get(0);
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
            attributes.add(signingCertificateV2(signer));

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Bouncy.PROVIDER).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(KeyAlgorithm.of(key).signatureAlgorithm())
                            .setProvider(Bouncy.PROVIDER).build(key), signer));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    /** As {@link #signDetached(PrivateKey, List, byte[])} with a key file's key and chain. */
    public byte[] signDetached(KeyAndChain keyAndChain, byte[] content) {
        return signDetached(keyAndChain.privateKey(), keyAndChain.chain(), content);
    }

    /**
     * The SHA-256 hash of the signer's certificate with its issuer and serial (RFC 5035). SHA-256 for GOST
     * signers too: it is the attribute's default hash and every verifier supports it.
     */
    private static Attribute signingCertificateV2(X509Certificate signer)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
                signer.getSerialNumber());
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{certId})));
    }
}
