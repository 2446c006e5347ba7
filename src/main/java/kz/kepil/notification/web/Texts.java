package kz.kepil.notification.web;

import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

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
        String text = text(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** "2 May 2026, 10:00", in Almaty. */
    static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(KzTime.ALMATY);
        return PageTexts.date(local.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    static String refusal(DomainException e) {
        String key = "problem." + e.code();
        return format("refused", e.code()) + (has(key) ? " " + text(key) : "");
    }
}
