package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.INDIVIDUAL;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOT_AFTER;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOT_BEFORE;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.pki;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CmsSignerTest {

    private static final byte[] DOCUMENT =
            "{\"amount\":\"12000.00\",\"iin\":\"850214300001\",\"name\":\"Қасымов Асан\"}".getBytes(StandardCharsets.UTF_8);
    /** Within the throwaway certificates' validity, whenever the test runs; CMS keeps whole seconds. */
    private static final Instant SIGNED_AT = NOT_BEFORE.plus(java.time.Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final CmsSigner SIGNER = new CmsSigner(Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signatureVerifiesWithBouncyCastleOverTheExactContent(KeyAlgorithm algorithm) throws Exception {
        KeyAndChain key = signingKey(algorithm);

        byte[] cms = SIGNER.signDetached(key.privateKey(), key.chain(), DOCUMENT);

        assertThat(verifies(DOCUMENT, cms)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void changedContentDoesNotVerify(KeyAlgorithm algorithm) throws Exception {
        byte[] cms = SIGNER.signDetached(signingKey(algorithm), DOCUMENT);
        byte[] tampered = DOCUMENT.clone();
        tampered[12] = '9';

        assertThat(verifies(tampered, cms)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signatureIsDetachedSignedDataWithTheFourSignedAttributes(KeyAlgorithm algorithm) throws Exception {
        byte[] cms = SIGNER.signDetached(signingKey(algorithm), DOCUMENT);

        CMSSignedData signed = new CMSSignedData(cms);
        assertThat(signed.toASN1Structure().getContentType()).isEqualTo(CMSObjectIdentifiers.signedData);
        assertThat(signed.isDetachedSignature()).isTrue();
        assertThat(signed.getSignedContent()).isNull();
        AttributeTable attributes = onlySigner(signed).getSignedAttributes();
        assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(attributes.get(CMSAttributes.signingTime)).isNotNull();
        assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(value(attributes, CMSAttributes.contentType)).isEqualTo(CMSObjectIdentifiers.data);
    }

    @Test
    void rsaSignsWithSha256AndGostWithStreebog256() throws Exception {
        SignerInformation rsa = onlySigner(new CMSSignedData(SIGNER.signDetached(signingKey(KeyAlgorithm.RSA), DOCUMENT)));
        SignerInformation gost = onlySigner(new CMSSignedData(SIGNER.signDetached(signingKey(KeyAlgorithm.GOST), DOCUMENT)));

        assertThat(rsa.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(rsa.getEncryptionAlgOID()).isIn("1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11");
        assertThat(gost.getDigestAlgOID()).isEqualTo("1.2.643.7.1.1.2.2");
        assertThat(gost.getEncryptionAlgOID()).startsWith("1.2.643.7.1.1.");
    }

    @Test
    void messageDigestAttributeIsTheSha256OfTheContent() throws Exception {
        byte[] cms = SIGNER.signDetached(signingKey(KeyAlgorithm.RSA), DOCUMENT);

        byte[] digest = ASN1OctetString.getInstance(
                value(onlySigner(new CMSSignedData(cms)).getSignedAttributes(), CMSAttributes.messageDigest)).getOctets();
        assertThat(digest).isEqualTo(MessageDigest.getInstance("SHA-256").digest(DOCUMENT));
    }

    @Test
    void signingTimeComesFromTheSignersClock() throws Exception {
        byte[] cms = SIGNER.signDetached(signingKey(KeyAlgorithm.RSA), DOCUMENT);

        Time time = Time.getInstance(value(onlySigner(new CMSSignedData(cms)).getSignedAttributes(), CMSAttributes.signingTime));
        assertThat(time.getDate().toInstant()).isEqualTo(SIGNED_AT);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signingCertificateV2BindsTheSignatureToTheSignersCertificate(KeyAlgorithm algorithm) throws Exception {
        KeyAndChain key = signingKey(algorithm);
        byte[] cms = SIGNER.signDetached(key, DOCUMENT);

        ESSCertIDv2 id = SigningCertificateV2.getInstance(value(onlySigner(new CMSSignedData(cms)).getSignedAttributes(),
                PKCSObjectIdentifiers.id_aa_signingCertificateV2)).getCerts()[0];
        assertThat(id.getHashAlgorithm().getAlgorithm().getId()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(id.getCertHash()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded()));
        assertThat(id.getIssuerSerial().getSerial().getValue()).isEqualTo(key.certificate().getSerialNumber());
    }

    @Test
    void signatureCarriesTheSignersCertificateAndItsChain() throws Exception {
        KeyAndChain key = signingKey(KeyAlgorithm.RSA);

        CMSSignedData signed = new CMSSignedData(SIGNER.signDetached(key, DOCUMENT));

        Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(null);
        assertThat(certificates).hasSize(3);
        assertThat(signed.getCertificates().getMatches(onlySigner(signed).getSID()))
                .containsExactly(new X509CertificateHolder(key.certificate().getEncoded()));
    }

    @Test
    void aSignerWithoutCertificateIsRefused() {
        KeyAndChain key = signingKey(KeyAlgorithm.RSA);

        assertThatThrownBy(() -> SIGNER.signDetached(key.privateKey(), List.of(), DOCUMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyAndChain signingKey(KeyAlgorithm algorithm) {
        return pki().issuer(algorithm).issue(INDIVIDUAL, CertificatePurpose.SIGNING, NOT_BEFORE, NOT_AFTER);
    }

    private static SignerInformation onlySigner(CMSSignedData signed) {
        assertThat(signed.getSignerInfos().size()).isEqualTo(1);
        return signed.getSignerInfos().getSigners().iterator().next();
    }

    private static ASN1Encodable value(AttributeTable attributes, ASN1ObjectIdentifier type) {
        Attribute attribute = attributes.get(type);
        assertThat(attribute).as("signed attribute " + type).isNotNull();
        return attribute.getAttrValues().getObjectAt(0);
    }

    /** Detached verification as a relying party does it: the content comes from outside the signature. */
    static boolean verifies(byte[] content, byte[] cms) throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
        SignerInformation signer = onlySigner(signed);
        X509CertificateHolder certificate = (X509CertificateHolder) signed.getCertificates()
                .getMatches(signer.getSID()).iterator().next();
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bouncy.PROVIDER).build(certificate));
        } catch (CMSException e) {
            return false;
        }
    }
}
