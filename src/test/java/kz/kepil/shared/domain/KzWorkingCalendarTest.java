package kz.kepil.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kepil.shared.domain.KzWorkingCalendar.Entry;
import kz.kepil.shared.domain.KzWorkingCalendar.Kind;
import org.junit.jupiter.api.Test;

class KzWorkingCalendarTest {

    private final KzWorkingCalendar calendar = KzWorkingCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledDataCoversTwentyTwentyFiveToTwentyTwentySeven() {
        assertThat(calendar.coveredYears()).containsExactly(2025, 2026, 2027);
    }

    @Test
    void nauryzIsThreeDaysOff() {
        for (int year : calendar.coveredYears()) {
            for (int day = 21; day <= 23; day++) {
                LocalDate date = LocalDate.of(year, Month.MARCH, day);
                assertThat(calendar.isWorkingDay(date)).as(date.toString()).isFalse();
                assertThat(calendar.entry(date)).get()
                        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.HOLIDAY))
                        .satisfies(e -> assertThat(e.name()).contains("Nauryz"));
            }
        }
    }

    @Test
    void holidayOnSundayMovesToMonday() {
        // Capital Day 2025 fell on a Sunday.
        assertThat(d("2025-07-06").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(d("2025-07-07"))).isFalse();
        assertThat(calendar.entry(d("2025-07-07")).map(Entry::kind)).contains(Kind.DAY_OFF);
        assertThat(calendar.isWorkingDay(d("2025-07-08"))).isTrue();
    }

    @Test
    void holidayOnSaturdayMovesToMonday() {
        // Republic Day 2025 fell on a Saturday.
        assertThat(d("2025-10-25").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(d("2025-10-27"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2025-10-28"))).isTrue();
    }

    @Test
    void holidaysOnSaturdayAndSundayMoveToTheNextTwoWorkingDays() {
        // Nauryz 2026: 21 (Sat) and 22 (Sun) move past the Monday holiday to Tuesday and Wednesday.
        assertThat(calendar.isWorkingDay(d("2026-03-24"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-03-25"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-03-26"))).isTrue();
    }

    @Test
    void religiousHolidayOnWeekendDoesNotMove() {
        assertThat(d("2027-05-16").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.entry(d("2027-05-16")).map(Entry::name)).hasValueSatisfying(n -> assertThat(n).contains("Kurban Ait"));
        assertThat(calendar.isWorkingDay(d("2027-05-17"))).isTrue();
    }

    @Test
    void governmentTransferMakesSundayWorking() {
        // 2025: the day off of Sunday 5 January was moved to Friday 3 January.
        assertThat(d("2025-01-05").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(d("2025-01-05"))).isTrue();
        assertThat(calendar.entry(d("2025-01-05")).map(Entry::kind)).contains(Kind.WORKING_DAY);
        assertThat(calendar.isWorkingDay(d("2025-01-03"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2025-01-04"))).isFalse();
    }

    @Test
    void fiveWorkingDaysAfterFridaySkipWeekendAndHolidays() {
        // Friday 2026-03-20; 21-25 March are off (weekend, Nauryz, two moved days); then 26, 27, 30, 31 March, 1 April.
        assertThat(calendar.addWorkingDays(d("2026-03-20"), 5)).isEqualTo(d("2026-04-01"));
    }

    @Test
    void startDayIsNotCounted() {
        // Monday 2025-06-02: Tuesday is the first working day after it, Friday 6 June is Kurban Ait.
        assertThat(calendar.addWorkingDays(d("2025-06-02"), 1)).isEqualTo(d("2025-06-03"));
        assertThat(calendar.addWorkingDays(d("2025-06-02"), 4)).isEqualTo(d("2025-06-09"));
    }

    @Test
    void zeroWorkingDaysIsTheStartIfWorkingOtherwiseTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(d("2026-03-26"), 0)).isEqualTo(d("2026-03-26"));
        assertThat(calendar.addWorkingDays(d("2026-03-23"), 0)).isEqualTo(d("2026-03-26"));
        assertThat(calendar.addWorkingDays(d("2025-01-05"), 0)).isEqualTo(d("2025-01-05"));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-26"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextWorkingDayIsStrictlyAfter() {
        assertThat(calendar.nextWorkingDay(d("2025-12-12"))).isEqualTo(d("2025-12-15"));
        assertThat(calendar.nextWorkingDay(d("2025-12-15"))).isEqualTo(d("2025-12-17"));
        assertThat(calendar.nextWorkingDay(d("2025-12-31"))).isEqualTo(d("2026-01-05"));
    }

    @Test
    void workingDaysBetweenCountsAfterTheFirstUpToAndIncludingTheLast() {
        assertThat(calendar.workingDaysBetween(d("2026-03-20"), d("2026-04-01"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2026-03-20"), d("2026-03-20"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2026-03-20"), d("2026-03-25"))).isZero();
        assertThatThrownBy(() -> calendar.workingDaysBetween(d("2026-04-01"), d("2026-03-20")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        LocalDate start = d("2025-01-01");
        for (int n = 1; n <= 300; n += 7) {
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).as("n=%d", n).isEqualTo(n);
        }
    }

    @Test
    void workingDaysIn2025MatchThePublishedCalendar() {
        // Published for a five-day week: 119 days off in 2025, so 246 working days; 21 in August, 22 in October.
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(246);
        assertThat(workingDaysIn(YearMonth.of(2025, 8))).isEqualTo(21);
        assertThat(workingDaysIn(YearMonth.of(2025, 10))).isEqualTo(22);
        assertThat(workingDaysIn(YearMonth.of(2025, 3))).isEqualTo(17);
    }

    @Test
    void workingDaysIn2026FollowThePublishedCalendarWithoutConstitutionDayInAugust() {
        // 246 were published before the referendum; Monday 31 August no longer makes up for 30 August.
        assertThat(workingDaysIn(YearMonth.of(2026, 1))).isEqualTo(19);
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(247);
        assertThat(calendar.isWorkingDay(d("2026-08-31"))).isTrue();
        assertThat(calendar.entry(d("2026-08-30"))).isEmpty();
    }

    @Test
    void constitutionDayIsFifteenthOfMarchFrom2027() {
        assertThat(calendar.entry(d("2027-03-15")).map(Entry::name)).contains("Constitution Day");
        assertThat(calendar.isWorkingDay(d("2027-03-15"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-08-30"))).isTrue();
    }

    @Test
    void everySecularHolidayOnAWeekendHasAMovedDayOff() {
        List<Entry> weekendHolidays = new ArrayList<>();
        List<Entry> movedDays = new ArrayList<>();
        for (int year : calendar.coveredYears()) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                Optional<Entry> entry = calendar.entry(day);
                if (entry.isEmpty()) {
                    continue;
                }
                Entry e = entry.get();
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                boolean religious = e.name().contains("Christmas") || e.name().contains("Kurban");
                if (e.kind() == Kind.HOLIDAY && weekend && !religious) {
                    weekendHolidays.add(e);
                }
                if (e.kind() == Kind.DAY_OFF && e.name().contains("moved from")) {
                    movedDays.add(e);
                }
            }
        }
        assertThat(weekendHolidays).hasSameSizeAs(movedDays).isNotEmpty();
        for (Entry holiday : weekendHolidays) {
            assertThat(movedDays).as("moved day for %s", holiday)
                    .anySatisfy(moved -> {
                        assertThat(moved.name()).endsWith(holiday.date().toString());
                        assertThat(moved.date()).isAfter(holiday.date());
                    });
        }
    }

    @Test
    void entryIsEmptyForAnOrdinaryDay() {
        assertThat(calendar.entry(d("2026-02-11"))).isEmpty();
        assertThat(calendar.isWorkingDay(d("2026-02-11"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).isFalse();
    }

    @Test
    void yearOutsideTheDataIsRefused() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2024-12-31")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2024");
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2027-12-29"), 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2028");
        assertThatThrownBy(() -> calendar.entry(d("2030-01-01")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030");
    }

    @Test
    void calendarIsBuiltFromAnyEntries() {
        KzWorkingCalendar custom = new KzWorkingCalendar(List.of(
                new Entry(d("2030-01-01"), Kind.HOLIDAY, "New Year"),
                new Entry(d("2030-01-05"), Kind.WORKING_DAY, "Working Saturday"),
                new Entry(d("2030-01-04"), Kind.DAY_OFF, "Bridge day")));
        assertThat(custom.coveredYears()).containsExactly(2030);
        // Tuesday 1 January off, Friday 4 off, Saturday 5 worked.
        assertThat(custom.addWorkingDays(d("2030-01-01"), 3)).isEqualTo(d("2030-01-05"));
        assertThat(custom.entry(d("2030-01-04")).map(Entry::name)).contains("Bridge day");
    }

    @Test
    void transferKindMustMatchTheWeekday() {
        assertThatThrownBy(() -> new Entry(d("2030-01-02"), Kind.WORKING_DAY, "Wednesday"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Entry(d("2030-01-05"), Kind.DAY_OFF, "Saturday"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoEntriesForOneDateAreRefused() {
        assertThatThrownBy(() -> new KzWorkingCalendar(List.of(
                new Entry(d("2030-01-01"), Kind.HOLIDAY, "New Year"),
                new Entry(d("2030-01-01"), Kind.HOLIDAY, "New Year again"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030-01-01");
    }

    @Test
    void csvSkipsCommentsAndKeepsCommasInNames() {
        KzWorkingCalendar parsed = KzWorkingCalendar.fromCsv(new StringReader(
                "# comment\n\n2030-01-01,HOLIDAY,New Year, first day\n  # indented comment\n"));
        assertThat(parsed.entry(d("2030-01-01")).map(Entry::name)).contains("New Year, first day");
    }

    @Test
    void malformedCsvLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> KzWorkingCalendar.fromCsv(new StringReader("# header\n2030-01-01,HOLIDAY\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> KzWorkingCalendar.fromCsv(new StringReader("2030-01-01,FEAST,New Year\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> KzWorkingCalendar.fromCsv(new StringReader("2030-02-30,HOLIDAY,New Year\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    private int workingDaysIn(YearMonth month) {
        return calendar.workingDaysBetween(month.atDay(1).minusDays(1), month.atEndOfMonth());
    }
}
