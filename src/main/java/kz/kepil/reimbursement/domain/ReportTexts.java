package kz.kepil.reimbursement.domain;

import kz.kepil.shared.domain.KzTime;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the finance reports (PDF and spreadsheets) in one of the portal's languages — Kazakh,
 * Russian or English, Kazakh when none of them is asked for — with amounts in tenge, days and moments
 * (Almaty time) as a reader of that language writes them.
 */
public final class ReportTexts {

    static final String BUNDLE = "kz.kepil.reimbursement.domain.reports";
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(KzTime.ALMATY);

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Not thread-safe, as NumberFormat is not: an instance serves one report, written by one thread. */
    private final NumberFormat tenge;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.tenge = NumberFormat.getNumberInstance(locale);
        tenge.setMinimumFractionDigits(2);
        tenge.setMaximumFractionDigits(2);
    }

    /** The texts in the first of the languages given that the portal speaks; Kazakh if none. */
    public static ReportTexts in(List<Locale> wanted) {
        return new ReportTexts(wanted.stream().map(Locale::getLanguage).filter(LANGUAGES::contains).findFirst()
                .map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("kk")));
    }

    public static ReportTexts in(Locale language) {
        return in(List.of(language));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A text with {0}, {1}… put in as they are. */
    public String format(String key, Object... arguments) {
        String text = text(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** "1 234 567,89 ₸": two decimals, grouped as the language groups them. */
    public String tenge(BigDecimal amount) {
        return tenge.format(amount) + " ₸";
    }

    /** "31.03.2026". */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** "31.03.2026 14:05" in Almaty time. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** The day of a moment in Almaty. */
    public static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(KzTime.ALMATY).toLocalDate();
    }
}
