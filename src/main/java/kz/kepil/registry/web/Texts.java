package kz.kepil.registry.web;

import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The registry pages' bundle, dates and instants in the page's language; instants in Almaty time. */
final class Texts {

    static final String BUNDLE = "kz.kepil.registry.web.messages";
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private Texts() {
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("kk") : faces.getViewRoot().getLocale();
    }

    static String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
    }

    static String instant(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(ALMATY).format(at);
    }

    static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /** A supplier's id from a request parameter; null when absent or not a number. */
    static Long idOf(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
