package kz.kepil.catalog.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionSanitiserTest {

    @Test
    void scriptsHandlersAndLinksAreRemovedFormattingStays() {
        String clean = DescriptionSanitiser.sanitise("<p onclick=\"steal()\">Мягкие <b>бортики</b></p>"
                + "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">тут</a>"
                + "<ul><li>M</li></ul><style>body{}</style>");
        assertThat(clean).contains("<p>Мягкие <b>бортики</b></p>", "<ul><li>M</li></ul>", "тут")
                .doesNotContain("script", "onclick", "onerror", "img", "javascript", "<a", "style");
    }

    @Test
    void plainTextKeepsTheWords() {
        assertThat(DescriptionSanitiser.plainText(DescriptionSanitiser.sanitise("<p>Seni &amp; Co</p><ul><li>size M</li></ul>")))
                .isEqualTo("Seni & Co size M");
    }
}
