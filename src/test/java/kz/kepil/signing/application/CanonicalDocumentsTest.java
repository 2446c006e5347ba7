package kz.kepil.signing.application;

import kz.kepil.shared.domain.Sha256;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalDocumentsTest {

    private final CanonicalDocuments documents = new CanonicalDocuments();

    @Test
    void keysAreSortedAndWhitespaceRemoved() {
        assertThat(CanonicalDocuments.canonical("{ \"b\" : 1, \"a\" : { \"d\": true, \"c\": null } }"))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":true},\"b\":1}");
    }

    @Test
    void numbersHaveOneSpelling() {
        assertThat(CanonicalDocuments.canonical("[1.0, 1e2, -0, 0.10]")).isEqualTo("[1,100,0,0.1]");
    }

    @Test
    void nonAsciiTextIsKeptAsUtf8NotEscaped() {
        assertThat(CanonicalDocuments.canonical("{\"name\":\"Қасымов \\u0410сан\"}")).isEqualTo("{\"name\":\"Қасымов Асан\"}");
    }

    @Test
    void sameObjectGivesTheSameBytesWhateverTheFieldOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("orderId", 17);
        one.put("price", "45000.00");
        one.put("parties", List.of("850214300001", "100440000004"));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("parties", List.of("850214300001", "100440000004"));
        other.put("price", "45000.00");
        other.put("orderId", 17);

        SignableDocument a = documents.of("ORDER", "17", one);
        SignableDocument b = documents.of("ORDER", "17", other);

        assertThat(a.content()).isEqualTo(b.content())
                .isEqualTo("{\"orderId\":17,\"parties\":[\"850214300001\",\"100440000004\"],\"price\":\"45000.00\"}");
        assertThat(a.sha256()).isEqualTo(Sha256.hex(a.content()));
    }
}
