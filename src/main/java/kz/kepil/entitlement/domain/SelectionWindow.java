package kz.kepil.entitlement.domain;

import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How long a beneficiary has to choose a supplier from the notice: two months, with a reminder after
 * one (DOMAIN.md §3.3); for special social services a number of working days instead (home care 5,
 * residential care 10, §3.4), to the end of the last working day in Almaty, without a reminder.
 */
public record SelectionWindow(Optional<Instant> remindAt, Instant until) {

    public static SelectionWindow from(Instant notice, OptionalInt workingDays, int months, int reminderMonths,
                                       KzWorkingCalendar calendar) {
        ZonedDateTime at = notice.atZone(KzTime.ALMATY);
        if (workingDays.isPresent()) {
            LocalDate last = calendar.addWorkingDays(at.toLocalDate(), workingDays.getAsInt());
            return new SelectionWindow(Optional.empty(), KzTime.endOf(last));
        }
        return new SelectionWindow(Optional.of(at.plusMonths(reminderMonths).toInstant()), at.plusMonths(months).toInstant());
    }

    /** A window of {@code months} from the notice, without a reminder (a cancelled sanatorium stay: one month). */
    public static SelectionWindow months(Instant notice, int months) {
        return new SelectionWindow(Optional.empty(), notice.atZone(KzTime.ALMATY).plusMonths(months).toInstant());
    }
}
