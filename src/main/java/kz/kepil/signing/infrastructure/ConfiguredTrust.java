package kz.kepil.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kz.kepil.shared.domain.Sha256;
import kz.kepil.signing.domain.CertificateStatusChecker;
import kz.kepil.signing.domain.SignatureVerifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The trust material the portal verifies against: the directory {@code kepil.eds.trust-dir} when set
 * (the certification authority's certificates and current CRLs), else the test PKI's public part
 * bundled with the application. A changed directory (a newly published CRL) is picked up within
 * {@link #RECHECK} without a restart, and at once by {@link #version()}, with which the periodic
 * check of signatory certificates starts.
 */
@ApplicationScoped
public class ConfiguredTrust {

    static final Duration RECHECK = Duration.ofSeconds(10);
    private static final String BUNDLED = "kepil-trust";
    private static final Logger LOG = Logger.getLogger(ConfiguredTrust.class.getName());

    private final Path directory;
    private volatile TrustMaterial material;
    private volatile String loadedVersion;
    private volatile Instant checkedAt = Instant.EPOCH;

    ConfiguredTrust() {
        this.directory = null;
    }

    @Inject
    public ConfiguredTrust(@ConfigProperty(name = "kepil.eds.trust-dir") Optional<String> trustDir) {
        this.directory = trustDir.filter(d -> !d.isBlank()).map(Path::of).orElseGet(ConfiguredTrust::bundled);
    }

    @Produces
    @ApplicationScoped
    SignatureVerifier verifier() {
        return new CmsSignatureVerifier(this::current);
    }

    @Produces
    @ApplicationScoped
    CertificateStatusChecker statusChecker() {
        return new CrlCertificateStatusChecker(this::current, this::version);
    }

    /** The material as of now, reloaded when the directory's files changed (looked at every {@link #RECHECK}). */
    public TrustMaterial current() {
        Instant now = Instant.now();
        if (material == null || now.isAfter(checkedAt.plus(RECHECK))) {
            reloadIfChanged(now);
        }
        return material;
    }

    /**
     * Which files the material in force was read from: changes whenever a newer CRL or certificate is loaded.
     * Looks at the directory first, so that checks which must see a CRL published a second ago (the periodic
     * revocation check) find it loaded.
     */
    public String version() {
        reloadIfChanged(Instant.now());
        return loadedVersion;
    }

    private synchronized void reloadIfChanged(Instant now) {
        String version = filesOf(directory);
        if (material == null || !version.equals(loadedVersion)) {
            material = TrustMaterial.fromDirectory(directory);
            loadedVersion = version;
            LOG.info(() -> "trust material loaded from " + directory + ": " + material.anchors().size()
                    + " root(s), " + material.intermediates().size() + " intermediate(s)");
        }
        checkedAt = now;
    }

    /**
     * The directory's files by name, size and modification time: a CRL replaced within the same clock tick
     * of the file system still differs in size (each revocation adds an entry) or time.
     */
    private static String filesOf(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return Sha256.hex(files.sorted().map(f -> {
                try {
                    return f.getFileName() + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return f.getFileName() + ":?";
                }
            }).collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read trust directory " + dir, e);
        }
    }

    private static Path bundled() {
        URL url = ConfiguredTrust.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("no trust material: set kepil.eds.trust-dir");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("bundled trust material is not a directory: " + url, e);
        }
    }
}
