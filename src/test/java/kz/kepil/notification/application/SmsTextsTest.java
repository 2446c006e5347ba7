package kz.kepil.notification.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextsTest {

    /**
     * What callers typically give: a measure or order number, a classifier name, dates, a reason, a status,
     * a question's reply code, an act's month and hours, and a sanatorium stay's day of arrival.
     */
    private static final Map<String, String> TYPICAL = Map.ofEntries(
            Map.entry("case", "2026-000123"), Map.entry("order", "2026-000123"),
            Map.entry("service", "Кресло-коляска прогулочная"), Map.entry("product", "Кресло-коляска Ortonica Base 195"),
            Map.entry("until", "2026-03-15"), Map.entry("due", "2026-03-20"),
            Map.entry("reason", "нет товара"), Map.entry("status", "SUSPENDED"), Map.entry("code", "4821"),
            Map.entry("month", "2026-02"), Map.entry("hours", "160"), Map.entry("arrival", "2026-03-02"));

    private static Properties file(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SmsTexts.class.getResourceAsStream("sms_" + language + ".properties")) {
            assertThat(in).as("sms_" + language + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void everyNoticeTypeHasItsOwnTextInKazakhRussianAndEnglish(NoticeType type) throws IOException {
        String kk = file("kk").getProperty(type.name());
        String ru = file("ru").getProperty(type.name());
        String en = file("en").getProperty(type.name());

        assertThat(kk).as("kk").isNotBlank();
        assertThat(ru).as("ru").isNotBlank();
        assertThat(en).as("en").isNotBlank();
        assertThat(kk).as("kk is Kazakh, not a copy").isNotEqualTo(ru);
        assertThat(kk + ru).as("written in Cyrillic").containsPattern("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{4}");
        assertThat(en).as("en is English").doesNotContainPattern("[А-Яа-я]");
    }

    @Test
    void kazakhTextsUseKazakhLetters() throws IOException {
        Properties kk = file("kk");
        long withKazakhLetters = kk.stringPropertyNames().stream()
                .filter(k -> kk.getProperty(k).matches(".*[ӘәҒғҚқҢңӨөҰұҮүҺһІі].*")).count();

        assertThat(withKazakhLetters).isEqualTo(NoticeType.values().length);
    }

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void paramsAreSubstitutedInEveryLanguage(NoticeType type) {
        for (String language : new String[]{"kk", "ru", "en"}) {
            String text = SmsTexts.text(type, language, TYPICAL);

            assertThat(text).as(language).doesNotContain("{").doesNotContain("}").doesNotContain(SmsTexts.MISSING);
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void smsCarriesKazakhThenRussianInAtMostTwoSmsOf160(NoticeType type) {
        String sms = SmsTexts.sms(type, TYPICAL);

        assertThat(sms).startsWith("Kepil: " + SmsTexts.text(type, "kk", TYPICAL))
                .endsWith("\n" + SmsTexts.text(type, "ru", TYPICAL));
        assertThat(sms.length()).as(sms).isLessThanOrEqualTo(2 * 160);
    }

    @Test
    void selectionNoticeNamesTheServiceTheCaseAndTheDayInBothLanguages() {
        String sms = SmsTexts.sms(NoticeType.SELECTION_OPEN, TYPICAL);

        assertThat(sms).contains("№2026-000123").contains("«Кресло-коляска прогулочная»").contains("15.03.2026 дейін")
                .contains("до 15.03.2026");
    }

    @Test
    void valueForOneLanguageWinsOverTheCommonOne() {
        Map<String, String> params = Map.of("order", "77", "reason", "no goods", "reason.kk", "тауар жоқ",
                "reason.ru", "нет товара");

        assertThat(SmsTexts.text(NoticeType.ORDER_REFUSED, "kk", params)).contains(": тауар жоқ.");
        assertThat(SmsTexts.text(NoticeType.ORDER_REFUSED, "ru", params)).contains(": нет товара.");
        assertThat(SmsTexts.text(NoticeType.ORDER_REFUSED, "en", params)).contains(": no goods.");
    }

    @Test
    void missingParamIsShownAsADashNotAsItsName() {
        String text = SmsTexts.text(NoticeType.ORDER_CANCELLED, "ru", Map.of("order", "5", "product", "X"));

        assertThat(text).isEqualTo("Заказ №5 (X) отменён: —.");
    }

    @Test
    void caseAndServiceOfTheNoticeFillOrderAndProductUnlessGiven() {
        Notice notice = new Notice(NoticeType.ORDER_ACCEPTED, "850214300001", "Қасымов Асан", LocalDate.of(1985, 2, 14),
                null, "+77011234567", "O-9", "Подгузники", null, Map.of("product", "Seni Super M"));

        Map<String, String> params = SmsTexts.paramsOf(notice);

        assertThat(params).containsEntry("case", "O-9").containsEntry("order", "O-9")
                .containsEntry("service", "Подгузники").containsEntry("product", "Seni Super M");
        assertThat(SmsTexts.text(NoticeType.ORDER_ACCEPTED, "kk", params))
                .isEqualTo("Өнім беруші №O-9 тапсырысты (Seni Super M) қабылдады, жеткізуді күтіңіз.");
    }
}
