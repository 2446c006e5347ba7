package kz.kepil.entitlement.web;

import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The entitlement pages' bundle, and deadlines written as a person reads them, in Almaty time. */
final class Texts {

    static final String BUNDLE = "kz.kepil.entitlement.web.messages";
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

    static String date(LocalDate day) {
        return PageTexts.date(day);
    }

    static String dateTime(Instant at) {
        return PageTexts.dateTime(at);
    }

    /**
     * A deadline: a window that ends at midnight ends with the day before, so it is said as "the end of"
     * that day; any other as its day and time.
     */
    static String deadline(Instant until) {
        ZonedDateTime local = until.atZone(KzTime.ALMATY);
        if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return format("deadline.endOfDay", PageTexts.date(local.toLocalDate().minusDays(1)));
        }
        return dateTime(until);
    }

    static String typeName(Classifier classifier, String code) {
        try {
            return classifier.find(new ClassifierCode(code)).map(t -> t.names().in(PageTexts.locale())).orElse(code);
        } catch (DomainException notACode) {
            return code;
        }
    }

    static String status(Enum<?> status) {
        return text("status." + status.name());
    }

    static String refusal(DomainException e) {
        return TEXTS.refusal(e);
    }
}
