package kz.kepil.ordering.domain;

import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a sanatorium stay and the rules on them (DOMAIN.md §4.7, §4.8): the beneficiary names the day
 * of arrival when ordering; the stay's last day is arrival plus the course's days minus one; the course's
 * days come from the classifier type ({@code SAN-ADULT-14}: 14, {@code SAN-ADULT-10}: 10), because the
 * guaranteed sum is set for the type's course, never from a product's own description, and never more
 * than 14 (000:L4993). An accepted stay may be cancelled, by the beneficiary or for a coded reason by the
 * supplier, until the end, in Almaty, of the third working day before arrival (000:L5496, L5507).
 */
public record SanatoriumStay(LocalDate arrival, LocalDate lastDay, Instant cancellableUntil) {

    /** The longest stay the state pays for, in days. */
    public static final int MAX_DAYS = 14;

    /** How many working days before arrival the last day to cancel is. */
    public static final int CANCELLATION_WORKING_DAYS = 3;

    private static final Pattern DAYS = Pattern.compile("^SAN-.*-(\\d{1,2})$");

    public SanatoriumStay {
        Objects.requireNonNull(arrival);
        Objects.requireNonNull(lastDay);
        Objects.requireNonNull(cancellableUntil);
        if (lastDay.isBefore(arrival) || days(arrival, lastDay) > MAX_DAYS) {
            throw new IllegalArgumentException("A stay is 1 to " + MAX_DAYS + " days: " + arrival + ".." + lastDay);
        }
    }

    /** The stay of a course of {@code days} days from {@code arrival}, with its cancellation deadline. */
    public static SanatoriumStay of(LocalDate arrival, int days, KzWorkingCalendar calendar) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A course is 1 to " + MAX_DAYS + " days: " + days);
        }
        return new SanatoriumStay(arrival, arrival.plusDays(days - 1L), KzTime.endOf(lastCancellationDay(arrival, calendar)));
    }

    /** The course's days of a sanatorium classifier type, from its code's last part, capped at 14; empty if the code names none. */
    public static OptionalInt courseDays(String classifierCode) {
        Matcher m = DAYS.matcher(classifierCode);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(MAX_DAYS, Integer.parseInt(m.group(1))));
    }

    /** The days a stay of the type lasts: its course's days, or the longest stay where the code names none. */
    public static int stayDays(String classifierCode) {
        return courseDays(classifierCode).orElse(MAX_DAYS);
    }

    /**
     * The last day, in Almaty, on which an accepted stay may be cancelled: the third working day before the
     * day of arrival (arrival on a Monday: the Wednesday before; a holiday in between moves it earlier).
     */
    public static LocalDate lastCancellationDay(LocalDate arrival, KzWorkingCalendar calendar) {
        LocalDate day = arrival;
        int counted = 0;
        while (counted < CANCELLATION_WORKING_DAYS) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The arrival named in an order: after the day the supplier's decision is due ({@code ARRIVAL_TOO_EARLY}), so
     * the supplier decides before the beneficiary travels, and no later than the last day the entitlement's
     * programme is valid ({@code ARRIVAL_AFTER_ENTITLEMENT}).
     */
    public static void checkArrival(LocalDate arrival, LocalDate decisionDueDay, LocalDate entitlementValidTo) {
        if (!arrival.isAfter(decisionDueDay)) {
            throw DomainException.rule("ARRIVAL_TOO_EARLY", "The supplier may decide until " + decisionDueDay
                    + "; the arrival is from " + decisionDueDay.plusDays(1));
        }
        if (arrival.isAfter(entitlementValidTo)) {
            throw DomainException.rule("ARRIVAL_AFTER_ENTITLEMENT", "The entitlement is valid until " + entitlementValidTo);
        }
    }

    /** Whether the stay may still be cancelled at {@code now}. */
    public boolean cancellableAt(Instant now) {
        return now.isBefore(cancellableUntil);
    }

    /** The last day, in Almaty, on which the stay may be cancelled. */
    public LocalDate lastCancellationDay() {
        return KzTime.lastDayBefore(cancellableUntil);
    }

    /** The day of arrival the supplier records: within the stay, not after {@code today}. */
    public void checkArrivedOn(LocalDate date, LocalDate today) {
        if (date.isBefore(arrival) || date.isAfter(lastDay)) {
            throw DomainException.rule("ARRIVAL_OUTSIDE_STAY", "The arrival is recorded from " + arrival + " to " + lastDay);
        }
        if (date.isAfter(today)) {
            throw DomainException.rule("DATE_IN_FUTURE", "Only what has happened is recorded; today is " + today);
        }
    }

    /** The day of departure: not before the day of arrival, not after {@code today}, at most 14 days of stay. */
    public static void checkDepartedOn(LocalDate arrivedOn, LocalDate date, LocalDate today) {
        if (date.isBefore(arrivedOn)) {
            throw DomainException.rule("DEPARTURE_BEFORE_ARRIVAL", "The beneficiary arrived on " + arrivedOn);
        }
        if (date.isAfter(today)) {
            throw DomainException.rule("DATE_IN_FUTURE", "Only what has happened is recorded; today is " + today);
        }
        if (days(arrivedOn, date) > MAX_DAYS) {
            throw DomainException.rule("STAY_TOO_LONG", "A stay is at most " + MAX_DAYS + " days: from " + arrivedOn
                    + " the last is " + arrivedOn.plusDays(MAX_DAYS - 1L));
        }
    }

    /** A no-show is recorded from the day after the day of arrival. */
    public void checkNoShow(LocalDate today) {
        if (!today.isAfter(arrival)) {
            throw DomainException.conflict("NO_SHOW_TOO_EARLY", "A no-show is recorded from " + arrival.plusDays(1));
        }
    }

    /** Days of a stay from its first to its last day, both counted. */
    static long days(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
