package kz.kepil.entitlement.domain;

import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;

import java.time.Instant;
import java.util.Objects;

/**
 * The beneficiary's answer to the request for consent to a replacement (DOMAIN.md §3.5): consented or
 * refused, how (an SMS reply, the cabinet, or silence until the deadline, which counts as consent), by
 * whom (the phone that replied, {@code iin:<IIN>} of the person who pressed the button, {@code system})
 * and when it counts as given.
 */
public record Consent(Answer answer, Via via, String by, Instant at) {

    public enum Answer { CONSENTED, REFUSED }

    public enum Via { SMS, CABINET, SILENCE }

    /** Who answers when nobody does. */
    public static final String SYSTEM = "system";

    public Consent {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (via == Via.SILENCE && answer != Answer.CONSENTED) {
            throw new IllegalArgumentException("silence is consent");
        }
    }

    /**
     * The end of the consent window: the end of the {@code workingDays}-th working day (Almaty) after the
     * day of the request, which itself does not count; a request on a weekend or holiday counts from the
     * next working day the same way.
     */
    public static Instant dueBy(Instant requestedAt, int workingDays, KzWorkingCalendar calendar) {
        return KzTime.endOf(calendar.addWorkingDays(requestedAt.atZone(KzTime.ALMATY).toLocalDate(), workingDays));
    }
}
