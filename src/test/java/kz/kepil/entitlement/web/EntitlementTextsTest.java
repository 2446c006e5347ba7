package kz.kepil.entitlement.web;

import kz.kepil.entitlement.domain.Consent;
import kz.kepil.entitlement.domain.MeasureStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The entitlement pages say every status and every way of consenting in each language, with the same keys. */
class EntitlementTextsTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EntitlementTextsTest.class.getResourceAsStream("/kz/kepil/entitlement/web/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_kk", "_ru"})
    void everyStatusAndEveryWayOfConsentingHasItsText(String suffix) throws IOException {
        Properties texts = bundle(suffix);
        for (MeasureStatus s : MeasureStatus.values()) {
            assertThat(texts.getProperty("status." + s.name())).as(suffix + " status." + s).isNotBlank();
        }
        for (Consent.Via via : Consent.Via.values()) {
            assertThat(texts.getProperty("consent.via." + via.name())).as(suffix + " consent.via." + via).isNotBlank();
        }
        assertThat(texts.getProperty("closed.REPLACEMENT_DECLINED")).isNotBlank();
        assertThat(texts.getProperty("problem.CONSENT_NOT_AWAITED")).isNotBlank();
        assertThat(texts.getProperty("problem.CONSENT_DEADLINE_PASSED")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_kk", "_ru"})
    void kazakhAndRussianHaveEveryKeyOfTheBaseBundleAndNoOther(String suffix) throws IOException {
        assertThat(bundle(suffix).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("").stringPropertyNames());
    }
}
