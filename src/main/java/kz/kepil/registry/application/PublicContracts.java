package kz.kepil.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import kz.kepil.shared.domain.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The versions of the public offer contract, kept as text files in three languages
 * ({@code kz/kepil/registry/contract/public-offer-N.<lang>.txt}). The current version is the one a
 * supplier must have signed to be admitted; the signed document names the version and the digest of
 * each language's text, so the signature binds the exact wording.
 */
@ApplicationScoped
public class PublicContracts {

    /**
     * The version in force, by configuration (its texts must exist). Publishing a new version means every
     * listed supplier's signatory signs again before the supplier takes new orders.
     */
    @Inject
    @ConfigProperty(name = "kepil.registry.contract-version", defaultValue = "1")
    int currentVersion;

    /** One version's texts and their digests. */
    public record Contract(int version, Map<String, String> texts, Map<String, String> sha256) {
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Contract current() {
        return version(currentVersion);
    }

    public Contract version(int version) {
        Map<String, String> texts = Map.of("kk", read(version, "kk"), "ru", read(version, "ru"), "en", read(version, "en"));
        Map<String, String> digests = Map.of("kk", Sha256.hex(texts.get("kk")), "ru", Sha256.hex(texts.get("ru")),
                "en", Sha256.hex(texts.get("en")));
        return new Contract(version, texts, digests);
    }

    private static String read(int version, String language) {
        String resource = "kz/kepil/registry/contract/public-offer-" + version + "." + language + ".txt";
        try (InputStream in = PublicContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract text " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
