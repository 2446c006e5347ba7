package kz.kepil.shared.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Kazakhstan working-day calendar that every deadline in working days is counted on.
 *
 * <p>A day is a working day when it is Monday to Friday and no entry makes it a day off, or when an entry makes
 * a Saturday or Sunday a working day. The entries are reference data (public holidays, holidays moved off a
 * weekend, and the government's yearly transfers), not rules in code, because the transfers are decreed year
 * by year and religious holidays follow the lunar calendar. {@link #standard()} reads the bundled
 * {@code kz-working-calendar.csv}; the constructor accepts entries from anywhere else.
 *
 * <p>A year is covered when the data has at least one entry for it. Asking about any other year throws
 * {@link IllegalStateException}: guessing would silently put a deadline on a holiday.
 */
public final class KzWorkingCalendar {

    /** Why a date differs from the plain Monday-to-Friday week. */
    public enum Kind {
        /** A public holiday; a day off whatever the weekday. */
        HOLIDAY,
        /** An extra day off on a weekday: a holiday moved off a weekend, or a government transfer. */
        DAY_OFF,
        /** A Saturday or Sunday made a working day by a government transfer. */
        WORKING_DAY
    }

    /** One line of calendar data. */
    public record Entry(LocalDate date, Kind kind, String name) {

        public Entry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            if (kind == Kind.WORKING_DAY && !isWeekend(date)) {
                throw new IllegalArgumentException(date + " is a weekday; only a Saturday or Sunday can be made a WORKING_DAY");
            }
            if (kind == Kind.DAY_OFF && isWeekend(date)) {
                throw new IllegalArgumentException(date + " is already a weekend day; a DAY_OFF must fall on a weekday");
            }
        }

        /** Whether this entry makes its date a day on which nobody works. */
        public boolean isDayOff() {
            return kind != Kind.WORKING_DAY;
        }
    }

    private static final String STANDARD_RESOURCE = "kz-working-calendar.csv";

    private final Map<LocalDate, Entry> entries;
    private final SortedSet<Integer> coveredYears;

    public KzWorkingCalendar(Collection<Entry> entries) {
        Map<LocalDate, Entry> byDate = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (Entry entry : entries) {
            Entry previous = byDate.putIfAbsent(entry.date(), entry);
            if (previous != null) {
                throw new IllegalArgumentException("Two calendar entries for " + entry.date() + ": "
                        + previous.name() + " and " + entry.name());
            }
            years.add(entry.date().getYear());
        }
        this.entries = Map.copyOf(byDate);
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    /** The calendar bundled with the application, read once from the classpath. */
    public static KzWorkingCalendar standard() {
        return Standard.CALENDAR;
    }

    /**
     * Reads calendar data as lines of {@code date,kind,name} (ISO date, a {@link Kind} name, free text that may
     * itself contain commas). Blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line when a line cannot be read
     */
    public static KzWorkingCalendar fromCsv(Reader csv) {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = csv instanceof BufferedReader ? (BufferedReader) csv : new BufferedReader(csv);
        try {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                entries.add(parseLine(trimmed, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the working-day calendar", e);
        }
        return new KzWorkingCalendar(entries);
    }

    private static Entry parseLine(String line, int lineNumber) {
        String[] parts = line.split(",", 3);
        if (parts.length < 3 || parts[2].isBlank()) {
            throw new IllegalArgumentException("Calendar line " + lineNumber + " is not date,kind,name: " + line);
        }
        try {
            return new Entry(LocalDate.parse(parts[0].strip()), Kind.valueOf(parts[1].strip()), parts[2].strip());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Calendar line " + lineNumber + " (" + line + "): " + e.getMessage(), e);
        }
    }

    /** The years the data speaks for, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Why {@code date} is off or working against the usual week, or empty if it is an ordinary day. */
    public Optional<Entry> entry(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(entries.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Entry entry = entries.get(date);
        if (entry != null) {
            return !entry.isDayOff();
        }
        return !isWeekend(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted, so a request made on
     * a Friday with five working days to answer is due on the fifth working day after that Friday.
     * For {@code n == 0} the answer is {@code start} when it is a working day, otherwise the next working day:
     * a "same day" deadline that lands on a holiday moves to the first day anybody can act on it.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IllegalStateException if the count runs into a year the data does not cover
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDay(start);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The number of working days in the interval after {@code fromExclusive} up to and including
     * {@code toInclusive}; zero when the two are equal. It is the inverse of {@link #addWorkingDays} for n ≥ 1.
     *
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(toInclusive + " is before " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate date) {
        if (!coveredYears.contains(date.getYear())) {
            throw new IllegalStateException("The working-day calendar has no data for the year " + date.getYear()
                    + " (covered: " + coveredYears + "); add that year's holidays and transfers before counting"
                    + " deadlines in it");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Loaded on first use, so a broken resource fails loudly where the calendar is first needed. */
    private static final class Standard {

        static final KzWorkingCalendar CALENDAR = load();

        private static KzWorkingCalendar load() {
            try (InputStream in = KzWorkingCalendar.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing classpath resource " + STANDARD_RESOURCE
                            + " next to " + KzWorkingCalendar.class.getName());
                }
                return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + STANDARD_RESOURCE, e);
            }
        }
    }
}
