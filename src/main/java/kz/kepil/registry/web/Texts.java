package kz.kepil.registry.web;

import kz.kepil.platform.web.PageTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The registry pages' bundle, dates and instants in the page's language; instants in Almaty time. */
final class Texts {

    static final String BUNDLE = "kz.kepil.registry.web.messages";
    private static final PageTexts TEXTS = new PageTexts(BUNDLE);

    private Texts() {
    }

    static Locale locale() {
        return PageTexts.locale();
    }

    static String text(String key) {
        return TEXTS.text(key);
    }

    static boolean has(String key) {
        return TEXTS.has(key);
    }

    static String instant(Instant at) {
        return PageTexts.instant(at);
    }

    static String date(LocalDate day) {
        return PageTexts.date(day);
    }

    /** A supplier's id from a request parameter; null when absent or not a number. */
    static Long idOf(String value) {
        return PageTexts.idOf(value);
    }
}
