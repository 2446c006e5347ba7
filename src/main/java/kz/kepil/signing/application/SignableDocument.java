package kz.kepil.signing.application;

/**
 * A document as it is shown, signed and verified: {@code content} is the RFC 8785 canonical JSON of
 * what is signed, {@code sha256} the hex digest of its UTF-8 bytes.
 */
public record SignableDocument(String documentType, String documentId, String content, String sha256) {
}
