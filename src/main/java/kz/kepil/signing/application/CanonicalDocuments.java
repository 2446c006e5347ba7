package kz.kepil.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import kz.kepil.shared.domain.Sha256;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns any signable object into its canonical JSON (RFC 8785: sorted keys, no insignificant
 * whitespace, one spelling of every number and string), so the bytes served, signed and verified
 * are the same bytes everywhere. Amounts should be strings or integers in the object: canonical JSON
 * numbers are IEEE doubles.
 */
@ApplicationScoped
public class CanonicalDocuments {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    public SignableDocument of(String documentType, String documentId, Object payload) {
        String content = canonicalJson(payload);
        return new SignableDocument(documentType, documentId, content, Sha256.hex(content));
    }

    /** The canonical JSON of an object, as it would stand inside a document. */
    public String canonicalJson(Object payload) {
        return canonical(jsonb.toJson(payload));
    }

    /** The canonical form of a JSON text. */
    public static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }
}
