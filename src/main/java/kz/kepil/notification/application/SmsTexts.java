package kz.kepil.notification.application;

import kz.kepil.notification.domain.CabinetEntry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of notices, from {@code sms_kk}, {@code sms_ru} and {@code sms_en} beside this class. The SMS
 * carries Kazakh then Russian, as state services write to people in Kazakhstan; the cabinet keeps all
 * three languages. There is no fallback between languages: a text missing in one is an error, not a
 * notice in the wrong language.
 */
public final class SmsTexts {

    static final String BUNDLE = "kz.kepil.notification.application.sms";
    static final String SMS_PREFIX = "Kepil: ";
    /** What stands for a param the caller did not give. */
    static final String MISSING = "—";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private SmsTexts() {
    }

    /** The SMS: Kazakh, then Russian on a line of its own. */
    public static String sms(NoticeType type, Map<String, String> params) {
        return SMS_PREFIX + text(type, "kk", params) + "\n" + text(type, "ru", params);
    }

    /** The notice for the cabinet in the three languages. */
    public static CabinetEntry.Texts cabinet(NoticeType type, Map<String, String> params) {
        return new CabinetEntry.Texts(text(type, "kk", params), text(type, "ru", params), text(type, "en", params));
    }

    /** The text of a notice in one language ({@code kk}, {@code ru} or {@code en}) with its params put in. */
    public static String text(NoticeType type, String language, Map<String, String> params) {
        String template = bundle(language).getString(type.name());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = params.getOrDefault(name + "." + language, params.get(name));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? MISSING : written(value.strip())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The params of a notice: the caller's, with the case and the service filled in from the notice. */
    public static Map<String, String> paramsOf(Notice notice) {
        Map<String, String> params = new HashMap<>();
        if (notice.caseNumber() != null) {
            params.put("case", notice.caseNumber());
            params.put("order", notice.caseNumber());
        }
        if (notice.service() != null) {
            params.put("service", notice.service());
            params.put("product", notice.service());
        }
        params.putAll(notice.params());
        return params;
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), SmsTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** An ISO date as people in Kazakhstan write it; anything else as given. */
    private static String written(String value) {
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value).format(DAY);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
