package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.domain.KzOids;
import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One certification authority of the test PKI: its key, its certificate chain (its own certificate first),
 * and where its revocation list is published. It issues subordinate authorities, end-entity certificates
 * in the Kazakh profile, and revocation lists.
 */
public final class CertificateAuthority {

    /** The country, and the organisation that marks every certificate of the test PKI as a simulation. */
    public static final String COUNTRY = "KZ";
    public static final String ORGANISATION = "Kepil test PKI (simulation)";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String IIN_PREFIX = "IIN";
    private static final String BIN_PREFIX = "BIN";

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final URI crlDistributionPoint;

    private CertificateAuthority(PrivateKey privateKey, List<X509Certificate> chain, URI crlDistributionPoint) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(chain);
        this.crlDistributionPoint = crlDistributionPoint;
    }

    /**
     * An authority whose key and certificate already exist, e.g. read back from its PKCS#12 file.
     *
     * @param crlDistributionPoint where the certificates it issues say its CRL is published, or null for none
     */
    public static CertificateAuthority of(KeyAndChain keyAndChain, URI crlDistributionPoint) {
        return new CertificateAuthority(keyAndChain.privateKey(), keyAndChain.chain(), crlDistributionPoint);
    }

    /** A self-signed root with no limit on the length of the path below it. */
    public static CertificateAuthority selfSignedRoot(String commonName, KeyPair keyPair, Instant notBefore,
                                                      Instant notAfter) {
        X500Name name = authorityName(commonName);
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, newSerialNumber(),
                    Date.from(notBefore), Date.from(notAfter), name, keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new SubjectKeyIdentifier(keyIdentifier(keyPair.getPublic())))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new AuthorityKeyIdentifier(keyIdentifier(keyPair.getPublic())));
            X509Certificate certificate = sign(builder, keyPair.getPrivate());
            return new CertificateAuthority(keyPair.getPrivate(), List.of(certificate), null);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the root " + commonName, e);
        }
    }

    /**
     * An issuing authority certified by this one. Path length 0: it issues end-entity certificates only.
     *
     * @param crlDistributionPoint where the new authority publishes its CRL, named in what it issues
     */
    public CertificateAuthority subordinate(String commonName, KeyPair keyPair, Instant notBefore, Instant notAfter,
                                            URI crlDistributionPoint) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate(), newSerialNumber(),
                    Date.from(notBefore), Date.from(notAfter), authorityName(commonName), keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new SubjectKeyIdentifier(keyIdentifier(keyPair.getPublic())))
                    .addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier());
            List<X509Certificate> newChain = new ArrayList<>();
            newChain.add(sign(builder, privateKey));
            newChain.addAll(chain);
            return new CertificateAuthority(keyPair.getPrivate(), newChain, crlDistributionPoint);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot certify the authority " + commonName, e);
        }
    }

    /** Generates a key of this authority's algorithm and certifies it: the holder's new key file. */
    public KeyAndChain issue(CertificateHolder holder, CertificatePurpose purpose, Instant notBefore, Instant notAfter) {
        KeyPair keyPair = algorithm().generateKeyPair();
        return new KeyAndChain(keyPair.getPrivate(), chainOf(certify(keyPair.getPublic(), holder, purpose,
                notBefore, notAfter)));
    }

    /** Issues an end-entity certificate in the Kazakh profile for a key the holder already has. */
    public X509Certificate certify(PublicKey publicKey, CertificateHolder holder, CertificatePurpose purpose,
                                   Instant notBefore, Instant notAfter) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate(), newSerialNumber(),
                    Date.from(notBefore), Date.from(notAfter), subjectName(holder), publicKey)
                    .addExtension(Extension.keyUsage, true, keyUsage(purpose))
                    .addExtension(Extension.extendedKeyUsage, false, extendedKeyUsage(holder, purpose))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new SubjectKeyIdentifier(keyIdentifier(publicKey)))
                    .addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier());
            if (crlDistributionPoint != null) {
                builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoints(crlDistributionPoint));
            }
            return sign(builder, privateKey);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate to " + holder, e);
        }
    }

    /** A revocation list listing {@code revocations}, signed by this authority. */
    public X509CRL crl(BigInteger crlNumber, Instant thisUpdate, Instant nextUpdate, List<Revocation> revocations) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(x500Name(certificate()), Date.from(thisUpdate));
        // CRLReason's ordinals are the RFC 5280 reason codes.
        for (Revocation revocation : revocations) {
            builder.addCRLEntry(revocation.serialNumber(), Date.from(revocation.revokedAt()),
                    revocation.reason().ordinal());
        }
        return signCrl(builder, crlNumber, nextUpdate);
    }

    /**
     * The next revocation list: everything {@code previous} lists plus {@code revocation}, with the CRL number
     * one higher. The serial is not checked against issued certificates, since the authority keeps no register.
     */
    public X509CRL withRevocation(X509CRL previous, Revocation revocation, Instant thisUpdate, Instant nextUpdate) {
        try {
            X509CRLHolder previousHolder = new X509CRLHolder(previous.getEncoded());
            if (!previousHolder.getIssuer().equals(x500Name(certificate()))) {
                throw new IllegalArgumentException("the CRL was issued by " + previousHolder.getIssuer()
                        + ", not by " + x500Name(certificate()));
            }
            verifySignature(previous);
            if (previous.getRevokedCertificate(revocation.serialNumber()) != null) {
                throw new IllegalArgumentException("serial " + revocation.serialNumber().toString(16)
                        + " is already revoked");
            }
            X509v2CRLBuilder builder = new X509v2CRLBuilder(previousHolder.getIssuer(), Date.from(thisUpdate));
            builder.addCRL(previousHolder);
            builder.addCRLEntry(revocation.serialNumber(), Date.from(revocation.revokedAt()),
                    revocation.reason().ordinal());
            Extension number = previousHolder.getExtension(Extension.cRLNumber);
            BigInteger previousNumber = number == null ? BigInteger.ZERO
                    : ASN1Integer.getInstance(number.getParsedValue()).getValue();
            return signCrl(builder, previousNumber.add(BigInteger.ONE), nextUpdate);
        } catch (IOException | CRLException e) {
            throw new IllegalStateException("cannot read the previous CRL", e);
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Entries are carried over only from a list this authority really signed. */
    private void verifySignature(X509CRL crl) {
        try {
            crl.verify(certificate().getPublicKey(), Bouncy.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the CRL does not bear a valid signature of "
                    + x500Name(certificate()), e);
        }
    }

    /** This authority's certificate and those above it, the root last. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public KeyAndChain keyAndChain() {
        return new KeyAndChain(privateKey, chain);
    }

    public KeyAlgorithm algorithm() {
        return KeyAlgorithm.of(privateKey);
    }

    public Optional<URI> crlDistributionPoint() {
        return Optional.ofNullable(crlDistributionPoint);
    }

    /** The subject in the order the national authority writes it. */
    static X500Name subjectName(CertificateHolder holder) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        name.addRDN(BCStyle.CN, holder.commonName());
        holder.surname().ifPresent(surname -> name.addRDN(BCStyle.SURNAME, surname));
        name.addRDN(BCStyle.SERIALNUMBER, IIN_PREFIX + holder.iin().value());
        name.addRDN(BCStyle.C, COUNTRY);
        holder.staff().ifPresent(staff -> {
            name.addRDN(BCStyle.O, staff.organisationName());
            name.addRDN(BCStyle.OU, BIN_PREFIX + staff.bin().value());
        });
        holder.givenName().ifPresent(given -> name.addRDN(BCStyle.GIVENNAME, given));
        return name.build();
    }

    private static X500Name authorityName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, COUNTRY)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static KeyUsage keyUsage(CertificatePurpose purpose) {
        return switch (purpose) {
            case AUTHENTICATION -> new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
            case SIGNING -> new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        };
    }

    /**
     * Who the holder is (individual, or organisation plus role) and what the key is for: client authentication
     * for the login key, e-mail protection for the signing key, as the national authority's signing certificates
     * carry it and as generic CMS tools such as {@code openssl cms -verify} expect of a signer.
     */
    private static ExtendedKeyUsage extendedKeyUsage(CertificateHolder holder, CertificatePurpose purpose) {
        List<KeyPurposeId> purposes = new ArrayList<>();
        holder.staff().ifPresentOrElse(staff -> {
            purposes.add(keyPurpose(KzOids.ORGANISATION));
            purposes.add(keyPurpose(staff.role().oid()));
        }, () -> purposes.add(keyPurpose(KzOids.INDIVIDUAL)));
        purposes.add(purpose == CertificatePurpose.AUTHENTICATION
                ? keyPurpose(KzOids.CLIENT_AUTH) : KeyPurposeId.id_kp_emailProtection);
        return new ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new));
    }

    private static KeyPurposeId keyPurpose(String oid) {
        return KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid));
    }

    private static CRLDistPoint distributionPoints(URI uri) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, uri.toString()));
        return new CRLDistPoint(new DistributionPoint[]{
                new DistributionPoint(new DistributionPointName(names), null, null)});
    }

    /**
     * The key identifier alone, not the issuer's name and serial: a key identifier keeps matching if the
     * authority's certificate is ever renewed for the same key. It is this authority's own SKI.
     */
    private AuthorityKeyIdentifier authorityKeyIdentifier() {
        byte[] ski = certificate().getExtensionValue(Extension.subjectKeyIdentifier.getId());
        byte[] keyId = ski == null ? keyIdentifier(certificate().getPublicKey())
                : SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(ski).getOctets()).getKeyIdentifier();
        return new AuthorityKeyIdentifier(keyId);
    }

    /** RFC 5280 method 1: the SHA-1 of the subject public key bit string. */
    private static byte[] keyIdentifier(PublicKey publicKey) {
        try {
            return new JcaX509ExtensionUtils().createSubjectKeyIdentifier(publicKey).getKeyIdentifier();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    private X509CRL signCrl(X509v2CRLBuilder builder, BigInteger crlNumber, Instant nextUpdate) {
        try {
            builder.setNextUpdate(Date.from(nextUpdate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
            builder.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier());
            return new JcaX509CRLConverter().setProvider(Bouncy.PROVIDER).getCRL(builder.build(signer(privateKey)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a CRL", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().setProvider(Bouncy.PROVIDER)
                .getCertificate(builder.build(signer(issuerKey)));
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(KeyAlgorithm.of(key).signatureAlgorithm())
                .setProvider(Bouncy.PROVIDER).build(key);
    }

    /** The subject as the national authority's tools print it ({@code CN=…,SURNAME=…,SERIALNUMBER=IIN…}). */
    public static String subjectOf(X509Certificate certificate) {
        return x500Name(certificate).toString();
    }

    private static X500Name x500Name(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private List<X509Certificate> chainOf(X509Certificate endEntity) {
        List<X509Certificate> result = new ArrayList<>();
        result.add(endEntity);
        result.addAll(chain);
        return result;
    }

    /** A positive 128-bit serial: random, so serials never repeat across regenerations. */
    private static BigInteger newSerialNumber() {
        return new BigInteger(128, RANDOM).setBit(127);
    }

    /** One entry of a revocation list. */
    public record Revocation(BigInteger serialNumber, Instant revokedAt, CRLReason reason) {

        public Revocation {
            Objects.requireNonNull(serialNumber, "serialNumber");
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(reason, "reason");
            if (reason == CRLReason.UNUSED) {
                throw new IllegalArgumentException("reason code 7 is not used");
            }
        }
    }
}
