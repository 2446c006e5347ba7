package kz.kepil.notification.web;

import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;

/** The notice and journal pages' bundle; instants in Almaty time. */
final class Texts {

    static final String BUNDLE = "kz.kepil.notification.web.messages";
    private static final PageTexts TEXTS = new PageTexts(BUNDLE);

    private Texts() {
    }

    static String text(String key) {
        return TEXTS.text(key);
    }

    static boolean has(String key) {
        return TEXTS.has(key);
    }

    static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }

    static String dateTime(Instant at) {
        return PageTexts.dateTime(at);
    }

    static String refusal(DomainException e) {
        return TEXTS.refusal(e);
    }
}
