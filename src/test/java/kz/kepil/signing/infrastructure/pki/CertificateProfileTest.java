package kz.kepil.signing.infrastructure.pki;

import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.domain.KzOids;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.INDIVIDUAL;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.issue;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.pki;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.staff;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateProfileTest {

    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;

    @Test
    void individualIsNamedByIinWithPrefixNameAndCountryWithoutOrganisation() {
        X509Certificate certificate = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate();

        assertThat(subject(certificate, BCStyle.SERIALNUMBER)).hasValue("IIN850214300001");
        assertThat(subject(certificate, BCStyle.CN)).hasValue("Қасымов Асан");
        assertThat(subject(certificate, BCStyle.SURNAME)).hasValue("Қасымов");
        assertThat(subject(certificate, BCStyle.GIVENNAME)).hasValue("Асан");
        assertThat(subject(certificate, BCStyle.C)).hasValue("KZ");
        assertThat(subject(certificate, BCStyle.O)).isEmpty();
        assertThat(subject(certificate, BCStyle.OU)).isEmpty();
    }

    @Test
    void individualCarriesTheIndividualEkuAndNoOrganisationEku() throws Exception {
        X509Certificate certificate = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate();

        assertThat(certificate.getExtendedKeyUsage()).contains(KzOids.INDIVIDUAL)
                .doesNotContain(KzOids.ORGANISATION, KzOids.CEO, KzOids.MAY_SIGN, KzOids.MAY_SIGN_FINANCIAL,
                        KzOids.EMPLOYEE);
    }

    @Test
    void staffMemberAlsoNamesTheOrganisationAndItsBinWithPrefix() {
        X509Certificate certificate = issue(staff(OrganisationRole.CEO), CertificatePurpose.SIGNING).certificate();

        assertThat(subject(certificate, BCStyle.SERIALNUMBER)).hasValue("IIN800315300006");
        assertThat(subject(certificate, BCStyle.O)).hasValue("\"Мейірім медтехника\" ЖШС");
        assertThat(subject(certificate, BCStyle.OU)).hasValue("BIN100440000004");
        assertThat(subject(certificate, BCStyle.CN)).hasValue("Нұрланова Айгүл");
        assertThat(subject(certificate, BCStyle.C)).hasValue("KZ");
    }

    @ParameterizedTest
    @EnumSource(OrganisationRole.class)
    void staffMemberCarriesTheOrganisationEkuAndExactlyTheirOwnRole(OrganisationRole role) throws Exception {
        for (CertificatePurpose purpose : CertificatePurpose.values()) {
            Set<String> ekus = new HashSet<>(issue(staff(role), purpose).certificate().getExtendedKeyUsage());

            Set<String> otherRoles = new HashSet<>();
            Arrays.stream(OrganisationRole.values()).filter(r -> r != role).forEach(r -> otherRoles.add(r.oid()));
            assertThat(ekus).contains(KzOids.ORGANISATION, role.oid()).doesNotContain(KzOids.INDIVIDUAL)
                    .doesNotContainAnyElementsOf(otherRoles);
        }
    }

    @Test
    void roleOidsAreTheNationalProfileOnes() {
        assertThat(OrganisationRole.CEO.oid()).isEqualTo("1.2.398.3.3.4.1.2.1");
        assertThat(OrganisationRole.MAY_SIGN.oid()).isEqualTo("1.2.398.3.3.4.1.2.2");
        assertThat(OrganisationRole.MAY_SIGN_FINANCIAL.oid()).isEqualTo("1.2.398.3.3.4.1.2.3");
        assertThat(OrganisationRole.EMPLOYEE.oid()).isEqualTo("1.2.398.3.3.4.1.2.5");
    }

    @Test
    void authenticationKeyMayAuthenticateAndEncipherButNotSignNonRepudiably() throws Exception {
        X509Certificate certificate = issue(INDIVIDUAL, CertificatePurpose.AUTHENTICATION).certificate();

        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[DIGITAL_SIGNATURE]).isTrue();
        assertThat(usage[KEY_ENCIPHERMENT]).isTrue();
        assertThat(usage[NON_REPUDIATION]).isFalse();
        assertThat(certificate.getExtendedKeyUsage()).contains(KzOids.CLIENT_AUTH).doesNotContain(EMAIL_PROTECTION);
        assertThat(certificate.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
    }

    @Test
    void signingKeyHasNonRepudiationAndNoClientAuthentication() throws Exception {
        for (CertificateHolder holder : new CertificateHolder[]{INDIVIDUAL, staff(OrganisationRole.MAY_SIGN)}) {
            X509Certificate certificate = issue(holder, CertificatePurpose.SIGNING).certificate();

            boolean[] usage = certificate.getKeyUsage();
            assertThat(usage[DIGITAL_SIGNATURE]).isTrue();
            assertThat(usage[NON_REPUDIATION]).isTrue();
            assertThat(usage[KEY_ENCIPHERMENT]).isFalse();
            assertThat(certificate.getExtendedKeyUsage()).doesNotContain(KzOids.CLIENT_AUTH).contains(EMAIL_PROTECTION);
        }
    }

    @Test
    void systemCertificateNamesTheSystemAndItsOrganisationWithoutPersonalNames() throws Exception {
        CertificateHolder esobes = CertificateHolder.system(Iin.of("700101300005"), "Е-Собес жүйесі",
                new StaffMembership("E-Sobes", Bin.of("050340000009"), OrganisationRole.MAY_SIGN));

        X509Certificate certificate = issue(esobes, CertificatePurpose.SIGNING).certificate();

        assertThat(subject(certificate, BCStyle.SERIALNUMBER)).hasValue("IIN700101300005");
        assertThat(subject(certificate, BCStyle.O)).hasValue("E-Sobes");
        assertThat(subject(certificate, BCStyle.OU)).hasValue("BIN050340000009");
        assertThat(subject(certificate, BCStyle.SURNAME)).isEmpty();
        assertThat(subject(certificate, BCStyle.GIVENNAME)).isEmpty();
        assertThat(certificate.getExtendedKeyUsage()).contains(KzOids.ORGANISATION, KzOids.MAY_SIGN);
    }

    @Test
    void authorityKeyIdentifierIsTheIssuersSubjectKeyIdentifier() {
        X509Certificate certificate = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate();
        X509Certificate issuer = pki().rsa().certificate();
        X509Certificate root = pki().root().certificate();

        assertThat(aki(certificate)).isEqualTo(ski(issuer));
        assertThat(aki(issuer)).isEqualTo(ski(root));
        assertThat(ski(certificate)).isNotEmpty().isNotEqualTo(ski(issuer));
    }

    @Test
    void certificateNamesWhereItsIssuerPublishesRevocations() {
        X509Certificate rsa = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate();
        X509Certificate gost = pki().gost().issue(INDIVIDUAL, CertificatePurpose.SIGNING,
                ThrowawayPki.NOT_BEFORE, ThrowawayPki.NOT_AFTER).certificate();

        assertThat(crlUri(rsa)).isEqualTo("http://pki.kepil.test/crl/rsa-ca.crl");
        assertThat(crlUri(gost)).isEqualTo("http://pki.kepil.test/crl/gost-ca.crl");
    }

    @Test
    void serialNumbersArePositiveRandom128BitNumbers() {
        BigInteger first = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate().getSerialNumber();
        BigInteger second = issue(INDIVIDUAL, CertificatePurpose.SIGNING).certificate().getSerialNumber();

        assertThat(first.signum()).isPositive();
        assertThat(first.bitLength()).isEqualTo(128);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void issuingAuthoritiesAreCertificationAuthoritiesForEndEntitiesOnly() {
        for (CertificateAuthority authority : new CertificateAuthority[]{pki().rsa(), pki().gost()}) {
            X509Certificate certificate = authority.certificate();

            assertThat(certificate.getBasicConstraints()).isZero();
            assertThat(certificate.getKeyUsage()[KEY_CERT_SIGN]).isTrue();
            assertThat(certificate.getKeyUsage()[CRL_SIGN]).isTrue();
            assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isFalse();
            assertThat(certificate.getIssuerX500Principal()).isEqualTo(pki().root().certificate().getSubjectX500Principal());
            assertThat(subject(certificate, BCStyle.C)).hasValue("KZ");
            assertThat(subject(certificate, BCStyle.O)).hasValue("Kepil test PKI (simulation)");
        }
        assertThat(subject(pki().rsa().certificate(), BCStyle.CN)).hasValue("Kepil Test RSA CA");
        assertThat(subject(pki().gost().certificate(), BCStyle.CN)).hasValue("Kepil Test GOST CA");
    }

    @Test
    void rootIsSelfSignedRsaAndLastsAboutTwentyYears() throws Exception {
        X509Certificate root = pki().root().certificate();

        root.verify(root.getPublicKey());
        assertThat(subject(root, BCStyle.CN)).hasValue("Kepil Test Root CA");
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(root.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(root.getNotAfter().toInstant()).isAfter(ThrowawayPki.NOW.plus(Duration.ofDays(19 * 365)));
    }

    @Test
    void gostAuthorityIssuesGostKeysAndSignsWithGost2012() {
        X509Certificate certificate = pki().gost().issue(INDIVIDUAL, CertificatePurpose.SIGNING,
                ThrowawayPki.NOT_BEFORE, ThrowawayPki.NOT_AFTER).certificate();

        assertThat(KeyAlgorithm.of(certificate.getPublicKey())).isEqualTo(KeyAlgorithm.GOST);
        assertThat(certificate.getSigAlgOID()).isEqualTo("1.2.643.7.1.1.3.2");
        assertThat(pki().gost().certificate().getSigAlgOID()).isEqualTo("1.2.840.113549.1.1.11");
    }

    @Test
    void holderNeedsANameAndStaffNeedAValidBin() {
        assertThatThrownBy(() -> CertificateHolder.individual(Iin.of("850214300001"), " ", "Асан"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffMembership("ЖШС", Bin.of("100440000005"), OrganisationRole.CEO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] ski(X509Certificate certificate) {
        return SubjectKeyIdentifier.getInstance(extension(certificate, Extension.subjectKeyIdentifier.getId()))
                .getKeyIdentifier();
    }

    private static byte[] aki(X509Certificate certificate) {
        return AuthorityKeyIdentifier.getInstance(extension(certificate, Extension.authorityKeyIdentifier.getId()))
                .getKeyIdentifierObject().getOctets();
    }

    private static String crlUri(X509Certificate certificate) {
        CRLDistPoint points = CRLDistPoint.getInstance(extension(certificate, Extension.cRLDistributionPoints.getId()));
        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0];
        return name.getName().toString();
    }

    private static byte[] extension(X509Certificate certificate, String oid) {
        byte[] value = certificate.getExtensionValue(oid);
        assertThat(value).as("extension " + oid).isNotNull();
        return ASN1OctetString.getInstance(value).getOctets();
    }
}
