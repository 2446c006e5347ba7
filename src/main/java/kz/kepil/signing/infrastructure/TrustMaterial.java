package kz.kepil.signing.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;

/**
 * The certificates and revocation lists the portal trusts: self-signed certificates are trust anchors,
 * the others intermediate authorities, and each CRL belongs to the authority that issued it. Read from
 * one directory of PEM or DER files (.pem, .crt, .cer, .crl).
 */
public final class TrustMaterial {

    /** Paths validated once are kept while this material is in force; bounded, as signers come and go. */
    static final int MAX_CACHED_PATHS = 10_000;

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> intermediates;
    private final Map<X500Principal, RevocationList> crls;
    private final Map<String, List<X509Certificate>> validatedPaths = new ConcurrentHashMap<>();

    TrustMaterial(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        this.anchors = certificates.stream().filter(TrustMaterial::selfSigned)
                .map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
        this.intermediates = certificates.stream().filter(c -> !selfSigned(c)).toList();
        Map<X500Principal, X509CRL> newest = new HashMap<>();
        for (X509CRL crl : crls) {
            newest.merge(crl.getIssuerX500Principal(), crl,
                    (a, b) -> a.getThisUpdate().after(b.getThisUpdate()) ? a : b);
        }
        Map<X500Principal, RevocationList> lists = new HashMap<>();
        newest.forEach((issuer, crl) -> lists.put(issuer, RevocationList.of(crl, authorityIn(certificates, issuer))));
        this.crls = Map.copyOf(lists);
    }

    /** Material given directly: certificates (roots are the self-signed ones) and revocation lists. */
    public static TrustMaterial of(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        return new TrustMaterial(certificates, crls);
    }

    public static TrustMaterial fromDirectory(Path dir) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase();
                if (name.endsWith(".crl")) {
                    crls.addAll(readCrls(Files.readAllBytes(file)));
                } else if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
                    certificates.addAll(readCertificates(Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read trust material from " + dir + ": " + e.getMessage(), e);
        }
        if (certificates.stream().noneMatch(TrustMaterial::selfSigned)) {
            throw new IllegalStateException("no trust anchor (self-signed certificate) in " + dir);
        }
        return new TrustMaterial(certificates, crls);
    }

    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    /** The current revocation list of an authority, its signature checked when it was loaded. */
    public Optional<RevocationList> revocationListOf(X500Principal issuer) {
        return Optional.ofNullable(crls.get(issuer));
    }

    /** The path of a certificate already validated against this material, if any. */
    Optional<List<X509Certificate>> validatedPath(String certificateSha256) {
        return Optional.ofNullable(validatedPaths.get(certificateSha256));
    }

    void rememberPath(String certificateSha256, List<X509Certificate> path) {
        if (validatedPaths.size() >= MAX_CACHED_PATHS) {
            validatedPaths.clear();
        }
        validatedPaths.put(certificateSha256, List.copyOf(path));
    }

    /** Forgets validated paths, so the next verification of each certificate builds its path anew. */
    public void forgetPaths() {
        validatedPaths.clear();
    }

    private static Optional<X509Certificate> authorityIn(Collection<X509Certificate> certificates, X500Principal subject) {
        return certificates.stream().filter(c -> c.getSubjectX500Principal().equals(subject)).findFirst();
    }

    static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey(), Bouncy.PROVIDER);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Collection<X509Certificate> readCertificates(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return CertificateFactory.getInstance("X.509", Bouncy.PROVIDER).generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (CertificateException | IOException e) {
            throw new IllegalStateException("not a certificate: " + e.getMessage(), e);
        }
    }

    private static Collection<X509CRL> readCrls(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return CertificateFactory.getInstance("X.509", Bouncy.PROVIDER).generateCRLs(in).stream()
                    .map(X509CRL.class::cast).toList();
        } catch (CertificateException | CRLException | IOException e) {
            throw new IllegalStateException("not a CRL: " + e.getMessage(), e);
        }
    }
}
