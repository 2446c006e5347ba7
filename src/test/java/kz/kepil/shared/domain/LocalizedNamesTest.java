package kz.kepil.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedNamesTest {

    private final LocalizedNames almaty = new LocalizedNames("Алматы қаласы", "город Алматы", "Almaty city");

    @Test
    void nameFollowsTheVisitorsLanguage() {
        assertThat(almaty.in(Locale.forLanguageTag("ru"))).isEqualTo("город Алматы");
        assertThat(almaty.in(Locale.ENGLISH)).isEqualTo("Almaty city");
        assertThat(almaty.in(Locale.forLanguageTag("kk"))).isEqualTo("Алматы қаласы");
    }

    @Test
    void anyOtherLanguageGetsTheStateLanguage() {
        assertThat(almaty.in(Locale.GERMAN)).isEqualTo("Алматы қаласы");
    }
}
