package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.INDIVIDUAL;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOW;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.issue;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.pki;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevocationListTest {

    private static final Instant REVOKED_AT = NOW.minus(Duration.ofDays(1));
    private static final Instant NEXT_UPDATE = TestPkiGenerator.plus(NOW, TestPkiGenerator.CRL_VALIDITY);

    @Test
    void crlListsTheRevokedSerialWithItsReasonAndDate() {
        X509Certificate revoked = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate();
        X509Certificate valid = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate();

        X509CRL crl = pki().rsa().crl(BigInteger.ONE, NOW, NEXT_UPDATE,
                List.of(new Revocation(revoked.getSerialNumber(), REVOKED_AT, CRLReason.KEY_COMPROMISE)));

        X509CRLEntry entry = crl.getRevokedCertificate(revoked.getSerialNumber());
        assertThat(entry).isNotNull();
        assertThat(entry.getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE);
        assertThat(entry.getRevocationDate().toInstant()).isEqualTo(REVOKED_AT);
        assertThat(crl.isRevoked(revoked)).isTrue();
        assertThat(crl.isRevoked(valid)).isFalse();
    }

    @Test
    void crlIsSignedByItsAuthorityNumberedAndValidForThreeYears() throws Exception {
        for (CertificateAuthority authority : List.of(pki().rsa(), pki().gost())) {
            X509CRL crl = authority.crl(BigInteger.ONE, NOW, NEXT_UPDATE, List.of());

            crl.verify(authority.certificate().getPublicKey());
            assertThat(crl.getIssuerX500Principal()).isEqualTo(authority.certificate().getSubjectX500Principal());
            assertThat(crlNumber(crl)).isEqualTo(BigInteger.ONE);
            assertThat(crl.getThisUpdate().toInstant()).isEqualTo(NOW);
            assertThat(crl.getNextUpdate().toInstant()).isEqualTo(NOW.atZone(ZoneOffset.UTC).plusYears(3).toInstant());
            assertThat(AuthorityKeyIdentifier.getInstance(extension(crl, Extension.authorityKeyIdentifier))
                    .getKeyIdentifierObject().getOctets())
                    .isEqualTo(SubjectKeyIdentifier.getInstance(
                            ASN1OctetString.getInstance(authority.certificate()
                                    .getExtensionValue(Extension.subjectKeyIdentifier.getId())).getOctets())
                            .getKeyIdentifier());
        }
    }

    @Test
    void revokingKeepsEarlierEntriesAddsTheSerialAndRaisesTheCrlNumber() throws Exception {
        BigInteger first = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate().getSerialNumber();
        BigInteger second = issue(INDIVIDUAL, CertificatePurpose.AUTHENTICATION).certificate().getSerialNumber();
        X509CRL previous = pki().rsa().crl(BigInteger.valueOf(4), NOW, NEXT_UPDATE,
                List.of(new Revocation(first, REVOKED_AT, CRLReason.KEY_COMPROMISE)));

        X509CRL next = pki().rsa().withRevocation(previous, new Revocation(second, NOW, CRLReason.SUPERSEDED),
                NOW.plusSeconds(60), NEXT_UPDATE);

        next.verify(pki().rsa().certificate().getPublicKey());
        assertThat(next.getRevokedCertificates()).extracting(X509CRLEntry::getSerialNumber)
                .containsExactlyInAnyOrder(first, second);
        assertThat(next.getRevokedCertificate(first).getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE);
        assertThat(next.getRevokedCertificate(second).getRevocationReason()).isEqualTo(CRLReason.SUPERSEDED);
        assertThat(crlNumber(next)).isEqualTo(BigInteger.valueOf(5));
        assertThat(next.getThisUpdate().toInstant()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aSerialIsRevokedOnlyOnce() {
        BigInteger serial = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate().getSerialNumber();
        Revocation revocation = new Revocation(serial, REVOKED_AT, CRLReason.KEY_COMPROMISE);
        X509CRL crl = pki().rsa().crl(BigInteger.ONE, NOW, NEXT_UPDATE, List.of(revocation));

        assertThatThrownBy(() -> pki().rsa().withRevocation(crl, revocation, NOW, NEXT_UPDATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already revoked");
    }

    @Test
    void anAuthorityExtendsOnlyItsOwnCrl() {
        X509CRL gostCrl = pki().gost().crl(BigInteger.ONE, NOW, NEXT_UPDATE, List.of());
        Revocation revocation = new Revocation(BigInteger.TEN, NOW, CRLReason.KEY_COMPROMISE);

        assertThatThrownBy(() -> pki().rsa().withRevocation(gostCrl, revocation, NOW, NEXT_UPDATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCrlForgedUnderTheAuthoritysNameIsNotExtended() {
        CertificateAuthority impostor = CertificateAuthority.selfSignedRoot(TestCertificationAuthority.RSA_CA_NAME,
                KeyAlgorithm.RSA.generateKeyPair(), NOW, NEXT_UPDATE);
        X509CRL forged = impostor.crl(BigInteger.ONE, NOW, NEXT_UPDATE, List.of());
        Revocation revocation = new Revocation(BigInteger.TEN, NOW, CRLReason.KEY_COMPROMISE);

        assertThat(forged.getIssuerX500Principal()).isEqualTo(pki().rsa().certificate().getSubjectX500Principal());
        assertThatThrownBy(() -> pki().rsa().withRevocation(forged, revocation, NOW, NEXT_UPDATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature");
    }

    private static BigInteger crlNumber(X509CRL crl) {
        return ASN1Integer.getInstance(extension(crl, Extension.cRLNumber)).getValue();
    }

    private static byte[] extension(X509CRL crl, ASN1ObjectIdentifier oid) {
        byte[] value = crl.getExtensionValue(oid.getId());
        assertThat(value).as("CRL extension " + oid).isNotNull();
        return ASN1OctetString.getInstance(value).getOctets();
    }
}
