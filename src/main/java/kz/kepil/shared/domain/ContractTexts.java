package kz.kepil.shared.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A version of a contract kept as text files in the portal's three languages
 * ({@code <prefix>-<version>.<lang>.txt} on the class path), with the digest of each text: a signed
 * document names the version and the digests, so the signature binds the exact wording.
 */
public record ContractTexts(int version, Map<String, String> texts, Map<String, String> sha256) {

    public static ContractTexts load(String resourcePrefix, int version) {
        Map<String, String> texts = Map.of("kk", read(resourcePrefix, version, "kk"), "ru", read(resourcePrefix, version, "ru"),
                "en", read(resourcePrefix, version, "en"));
        return new ContractTexts(version, texts, Map.of("kk", Sha256.hex(texts.get("kk")), "ru", Sha256.hex(texts.get("ru")),
                "en", Sha256.hex(texts.get("en"))));
    }

    /** The text in the language; Kazakh, the state language, when there is none in it. */
    public String textIn(java.util.Locale language) {
        return texts.getOrDefault(language.getLanguage(), texts.get("kk"));
    }

    /** The digest of {@link #textIn} for the same language. */
    public String sha256In(java.util.Locale language) {
        return sha256.getOrDefault(language.getLanguage(), sha256.get("kk"));
    }

    private static String read(String prefix, int version, String language) {
        String resource = prefix + "-" + version + "." + language + ".txt";
        try (InputStream in = ContractTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract text " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
