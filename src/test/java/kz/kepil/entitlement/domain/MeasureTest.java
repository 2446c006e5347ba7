package kz.kepil.entitlement.domain;

import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureTest {

    private static final KzWorkingCalendar CALENDAR = KzWorkingCalendar.standard();
    /** Monday 2 March 2026, 10:00 in Almaty. */
    private static final Instant NOTICE = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, KzTime.ALMATY).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Measure.Received received(LocalDate validTo) {
        return new Measure.Received("850214300001", "Қасымов Асан", LocalDate.of(1985, 2, 14), "+77010000006", "SD-75",
                "KZ-75", "HYG-DIAPER-AD-M", 1460, LocalDate.of(2026, 1, 1), validTo, "Q-1", LocalDate.of(2026, 2, 1), null);
    }

    private static Measure opened() {
        Measure m = new Measure(received(LocalDate.of(2026, 12, 31)), TODAY, NOTICE);
        m.open(SelectionWindow.from(NOTICE, OptionalInt.empty(), 2, 1, CALENDAR), NOTICE);
        return m;
    }

    @Test
    void aBeneficiaryHasTwoMonthsFromTheNoticeAndIsRemindedAfterOne() {
        Measure m = opened();
        assertThat(m.status()).isEqualTo(MeasureStatus.SELECTABLE);
        assertThat(m.selectableUntil()).contains(ZonedDateTime.of(2026, 5, 2, 10, 0, 0, 0, KzTime.ALMATY).toInstant());
        Instant beforeReminder = ZonedDateTime.of(2026, 4, 2, 9, 59, 0, 0, KzTime.ALMATY).toInstant();
        assertThat(m.remind(beforeReminder)).isFalse();
        Instant month = ZonedDateTime.of(2026, 4, 2, 10, 0, 0, 0, KzTime.ALMATY).toInstant();
        assertThat(m.remind(month)).isTrue();
        assertThat(m.remind(month.plusSeconds(60))).as("one reminder only").isFalse();
    }

    @Test
    void selectionIsBlockedWhenTheWindowPassesAndReactivationGoesBackToTheQueue() {
        Measure m = opened();
        Instant end = m.selectableUntil().orElseThrow();
        assertThat(m.blockIfPassed(end.minusSeconds(1))).isFalse();
        assertThat(m.blockIfPassed(end)).isTrue();
        assertThat(m.status()).isEqualTo(MeasureStatus.BLOCKED);
        m.requestActivation(end.plusSeconds(3600));
        assertThat(m.status()).isEqualTo(MeasureStatus.QUEUED);
        assertThat(m.selectableUntil()).isEmpty();
        assertThatThrownBy(() -> m.requestActivation(end)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void homeCareIsChosenWithinFiveWorkingDaysAndResidentialCareWithinTen() {
        SelectionWindow home = SelectionWindow.from(NOTICE, OptionalInt.of(5), 2, 1, CALENDAR);
        // Counted on the working-day calendar: weekends and the 8 March holiday (moved to Monday 9) do not count.
        LocalDate lastDay = CALENDAR.addWorkingDays(TODAY, 5);
        assertThat(home.until()).isEqualTo(lastDay.plusDays(1).atStartOfDay(KzTime.ALMATY).toInstant());
        assertThat(home.remindAt()).isEmpty();
        SelectionWindow residential = SelectionWindow.from(NOTICE, OptionalInt.of(10), 2, 1, CALENDAR);
        assertThat(residential.until()).isAfter(home.until());
        assertThat(CALENDAR.workingDaysBetween(TODAY, lastDay)).isEqualTo(5);
    }

    @Test
    void aMeasureWhoseProgrammeEndedIsNotReceived() {
        assertThatThrownBy(() -> new Measure(received(LocalDate.of(2026, 3, 1)), TODAY, NOTICE))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("IPR_EXPIRED");
    }

    @Test
    void deathOrAMoveClosesOnlyMeasuresStillWaitingForAChoice() {
        Measure m = opened();
        assertThat(m.closeIfOpen("DEATH", NOTICE)).isTrue();
        assertThat(m.status()).isEqualTo(MeasureStatus.CLOSED);
        assertThat(m.closeIfOpen("DEATH", NOTICE)).isFalse();
    }

    @Test
    void aCancelledStayReopensTheMeasureForOneMonthWithoutAReminder() {
        Measure m = opened();
        m.ordered(1, NOTICE);
        Instant cancelled = ZonedDateTime.of(2026, 3, 20, 15, 30, 0, 0, KzTime.ALMATY).toInstant();
        m.reopen(SelectionWindow.months(cancelled, 1), cancelled);
        assertThat(m.status()).isEqualTo(MeasureStatus.SELECTABLE);
        assertThat(m.selectableUntil()).contains(ZonedDateTime.of(2026, 4, 20, 15, 30, 0, 0, KzTime.ALMATY).toInstant());
        assertThat(m.remindAt()).isEmpty();
    }

    @Test
    void aNoShowPutsTheMeasureAtTheBackOfTheQueueUntilESobesSendsItAgain() {
        Measure m = opened();
        m.ordered(1, NOTICE);
        Instant noShow = ZonedDateTime.of(2026, 4, 10, 9, 0, 0, 0, KzTime.ALMATY).toInstant();
        m.requeue(LocalDate.of(2026, 4, 10), noShow);
        assertThat(m.status()).isEqualTo(MeasureStatus.QUEUED);
        assertThat(m.queueDate()).as("at the back of the queue").isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(m.requeuedAt()).contains(noShow);
        assertThat(m.selectableUntil()).isEmpty();

        assertThat(m.turnCame(LocalDate.of(2026, 5, 4))).isTrue();
        assertThat(m.requeuedAt()).isEmpty();
        assertThat(m.queueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(m.turnCame(LocalDate.of(2026, 5, 5))).as("a measure not waiting for its turn is unchanged").isFalse();
        assertThat(m.queueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void onlyAnOrderedMeasureGoesBackToTheQueueAfterANoShow() {
        Measure m = opened();
        assertThatThrownBy(() -> m.requeue(TODAY, NOTICE)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("ILLEGAL_TRANSITION");
    }
}
