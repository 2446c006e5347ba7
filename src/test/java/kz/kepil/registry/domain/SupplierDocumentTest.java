package kz.kepil.registry.domain;

import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplierDocumentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final long LIMIT = 1024;

    private static SupplierDocument filed(String name, byte[] content) {
        return new SupplierDocument(1, DocumentType.LICENCE, name, content, LIMIT, NOW, "iin:800315300006");
    }

    @Test
    void formatIsRecognisedByContentNotByName() {
        assertThat(filed("scan.png", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)).format()).isEqualTo(SupplierDocument.Format.PDF);
        assertThat(filed("x", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).format()).isEqualTo(SupplierDocument.Format.JPEG);
        assertThatThrownBy(() -> filed("licence.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_TYPE_NOT_ALLOWED"));
    }

    @Test
    void documentLargerThanTheLimitIsRefused() {
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);

        assertThatThrownBy(() -> filed("big.pdf", big))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_TOO_LARGE"));
    }

    @Test
    void fileNameLosesPathsAndControlCharacters() {
        assertThat(filed("C:\\Users\\x\\..\\лицензия\".pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)).fileName())
                .isEqualTo("лицензия.pdf");
        assertThat(filed("  ", "%PDF-".getBytes(StandardCharsets.US_ASCII)).fileName()).isEqualTo("document.pdf");
    }
}
