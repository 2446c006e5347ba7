package kz.kepil.signing.api;

import kz.kepil.signing.application.SignableDocument;

/** {@code GET …/document}: the canonical JSON to sign, exactly as it must be signed, and its SHA-256. */
public record DocumentView(String documentType, String documentId, String content, String sha256) {

    public static DocumentView of(SignableDocument d) {
        return new DocumentView(d.documentType(), d.documentId(), d.content(), d.sha256());
    }
}
