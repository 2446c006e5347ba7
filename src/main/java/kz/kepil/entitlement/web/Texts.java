package kz.kepil.entitlement.web;

import kz.kepil.catalog.application.Classifier;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;

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

    static String deadline(Instant until) {
        return TEXTS.deadline(until);
    }

    static String typeName(Classifier classifier, String code) {
        return classifier.nameOf(code, PageTexts.locale());
    }

    static String status(Enum<?> status) {
        return text("status." + status.name());
    }

    static String refusal(DomainException e) {
        return TEXTS.refusal(e);
    }
}
