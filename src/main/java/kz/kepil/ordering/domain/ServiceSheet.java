package kz.kepil.ordering.domain;

import kz.kepil.shared.error.DomainException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The service sheet of a monthly act of an hourly service (DOMAIN.md §2, §4.9): the hours worked on each
 * day of one calendar month. The act for a month is filed once the month has ended; every day lies inside
 * the month and not before the day the order was accepted (time counts from the acceptance notice); a day
 * has from 1 hour up to the type's daily maximum (8 for the personal assistant, 24 otherwise); the month's
 * hours fit in what the order has left. The act is due by the 10th of the next month: a calendar date,
 * weekends and holidays do not move it; an act filed later is still taken and marked late.
 */
public record ServiceSheet(YearMonth month, SortedMap<LocalDate, Integer> days) {

    private static final int DAY_HOURS = 24;
    private static final int DUE_DAY = 10;

    public ServiceSheet {
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    /**
     * A sheet checked against the order: {@code acceptedOn} is the day (Almaty) the order was accepted,
     * {@code today} the day it is filed, {@code hoursLeft} the ordered hours not yet in an act.
     */
    public static ServiceSheet checked(YearMonth month, Map<LocalDate, Integer> days, OptionalInt dailyMax, LocalDate acceptedOn,
                                       LocalDate today, int hoursLeft) {
        return checked(month, days, dailyMax, acceptedOn, today, hoursLeft, null);
    }

    /**
     * The same, for an order whose beneficiary died on {@code diedOn} (null while alive): the service ended
     * then, so the month of the death is acted at once, and no day after the death is in the sheet.
     */
    public static ServiceSheet checked(YearMonth month, Map<LocalDate, Integer> days, OptionalInt dailyMax, LocalDate acceptedOn,
                                       LocalDate today, int hoursLeft, LocalDate diedOn) {
        if (month == null || days == null) {
            throw DomainException.invalid("VALIDATION_FAILED", "An act names its month and the hours of its days");
        }
        if (diedOn == null && !today.isAfter(month.atEndOfMonth())) {
            throw DomainException.rule("ACT_MONTH_NOT_ENDED", "The act for " + month + " is filed after the month ends");
        }
        if (days.isEmpty()) {
            throw DomainException.rule("ACT_SHEET_EMPTY", "The service sheet has no day with hours");
        }
        int max = dailyMax.orElse(DAY_HOURS);
        for (Map.Entry<LocalDate, Integer> d : days.entrySet()) {
            if (d.getKey() == null || !YearMonth.from(d.getKey()).equals(month)) {
                throw DomainException.rule("ACT_DAY_OUTSIDE_MONTH", d.getKey() + " is not a day of " + month);
            }
            if (d.getKey().isBefore(acceptedOn)) {
                throw DomainException.rule("ACT_DAY_BEFORE_ACCEPTANCE", "Time counts from " + acceptedOn
                        + ", the day the order was accepted; " + d.getKey() + " is before it");
            }
            if (diedOn != null && d.getKey().isAfter(diedOn)) {
                throw DomainException.rule("ACT_DAY_AFTER_DEATH", "The beneficiary died on " + diedOn + "; " + d.getKey()
                        + " is after it");
            }
            if (d.getValue() == null || d.getValue() < 1) {
                throw DomainException.invalid("ACT_HOURS_INVALID", "A day of the sheet has at least 1 hour (" + d.getKey() + ")");
            }
            if (d.getValue() > max) {
                throw DomainException.rule("ACT_DAILY_HOURS_EXCEEDED", "At most " + max + " hours a day; " + d.getKey() + " has "
                        + d.getValue());
            }
        }
        ServiceSheet sheet = new ServiceSheet(month, new TreeMap<>(days));
        if (sheet.hours() > hoursLeft) {
            throw DomainException.rule("ACT_HOURS_EXCEED_ORDER", "The order has " + hoursLeft + " hours left; the act has "
                    + sheet.hours());
        }
        return sheet;
    }

    /** After a death, the act for the time before it is filed within a month of the death. */
    public static LocalDate lastFilingDayAfterDeath(LocalDate diedOn) {
        return diedOn.plusMonths(1);
    }

    /** Parses {@code 2026-10-03:4,2026-10-05:6} (the query form of a sheet). */
    public static Map<LocalDate, Integer> parse(String compact) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        if (compact == null || compact.isBlank()) {
            return days;
        }
        try {
            for (String part : compact.split("[,;]")) {
                String[] kv = part.strip().split("[:=]");
                if (kv.length != 2 || days.put(LocalDate.parse(kv[0].strip()), Integer.valueOf(kv[1].strip())) != null) {
                    throw DomainException.invalid("VALIDATION_FAILED", "days is a list of date:hours, each day once");
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw DomainException.invalid("VALIDATION_FAILED", "days is a list of date:hours, e.g. 2026-10-03:4,2026-10-05:6");
        }
        return days;
    }

    /** The stored form, the same as the query form: {@code 2026-10-03:4,2026-10-05:6}. */
    public String encoded() {
        return days.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    public int hours() {
        return days.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The 10th of the next month: a calendar date, whatever day of the week it falls on. */
    public static LocalDate dueBy(YearMonth month) {
        return month.plusMonths(1).atDay(DUE_DAY);
    }

    /** Filed after the day it was due: still taken, and finance sees it is late. */
    public static boolean late(YearMonth month, LocalDate filedOn) {
        return filedOn.isAfter(dueBy(month));
    }
}
