package kz.kepil.catalog.web;

import kz.kepil.platform.web.TengeInput;
import kz.kepil.catalog.domain.Channel;
import kz.kepil.catalog.domain.ClassifierAttribute;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.Unit;
import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the catalog's pages read what people type and write what the classifier holds. */
class CatalogLabelsTest {

    @Test
    void amountsAreReadAsPeopleTypeThemAndAnythingElseIsNoAmount() {
        assertThat(TengeInput.parse("12 500")).contains(Money.of("12500"));
        assertThat(TengeInput.parse("12\u00a0500,5 ₸")).contains(Money.of("12500.50"));
        assertThat(TengeInput.parse("0.99")).contains(Money.of("0.99"));
        assertThat(TengeInput.parse("-5")).isEmpty();
        assertThat(TengeInput.parse("1.234")).isEmpty();
        assertThat(TengeInput.parse("1e9")).isEmpty();
        assertThat(TengeInput.parse("9999999999999")).isEmpty();
        assertThat(TengeInput.parse("")).isEmpty();
        assertThat(TengeInput.parse(null)).isEmpty();
    }

    @Test
    void attributesFollowTheOrderOfTheirTypeAndUnknownOnesComeLast() {
        LocalizedNames names = new LocalizedNames("к", "р", "e");
        ClassifierType type = new ClassifierType(new ClassifierCode("HYG-TEST"), ProductCategory.HYGIENE_MEANS, names,
                Unit.PIECE, Channel.PORTAL, List.of(
                new ClassifierAttribute("waist_max_cm", ClassifierAttribute.ValueType.NUMBER, null, "cm", true, 20, names),
                new ClassifierAttribute("waist_min_cm", ClassifierAttribute.ValueType.NUMBER, null, "cm", true, 10, names)));

        assertThat(CatalogLabels.attributeOrder(type, Set.of("legacy", "waist_max_cm", "waist_min_cm")))
                .containsExactly("waist_min_cm", "waist_max_cm", "legacy");
    }

    @Test
    void kazakhAndRussianSayEverythingTheEnglishBaseBundleSays() throws IOException {
        Set<String> english = keys("messages.properties");

        assertThat(keys("messages_kk.properties")).isEqualTo(english);
        assertThat(keys("messages_ru.properties")).isEqualTo(english);
        assertThat(keys("messages_en.properties")).as("English is the base bundle").isEmpty();
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = CatalogLabelsTest.class.getResourceAsStream("/kz/kepil/catalog/web/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }
}
