package kz.kepil.reimbursement.web;

import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;

/** The finance pages' bundle; amounts, days and times as a person reads them. */
final class Texts {

    static final String BUNDLE = "kz.kepil.reimbursement.web.messages";
    private static final PageTexts TEXTS = new PageTexts(BUNDLE);

    private Texts() {
    }

    static String text(String key) {
        return TEXTS.text(key);
    }

    static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }

    static String status(Enum<?> status) {
        return text("status." + status.name());
    }

    static String tenge(Money amount) {
        return PageTexts.tenge(amount);
    }

    static String date(LocalDate day) {
        return PageTexts.date(day);
    }

    static String dateTime(Instant at) {
        return PageTexts.dateTime(at);
    }

    static String refusal(DomainException e) {
        return TEXTS.refusal(e);
    }
}
