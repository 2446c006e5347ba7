package kz.kepil.entitlement.domain;

import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent to a replacement (DOMAIN.md §3.5): asked by SMS, three working days to answer, silence is consent. */
class ReplacementConsentTest {

    private static final KzWorkingCalendar CALENDAR = KzWorkingCalendar.standard();

    private static Instant almaty(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, KzTime.ALMATY).toInstant();
    }

    /** The end of a day in Almaty. */
    private static Instant endOf(int month, int day) {
        return KzTime.endOf(LocalDate.of(2026, month, day));
    }

    private static Measure replacement(String replacementOf, Instant at) {
        return new Measure(new Measure.Received("850214300001", "Қасымов Асан", LocalDate.of(1985, 2, 14), "+77010000006",
                "SD-75", "KZ-75", "WCH-WALK", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "Q-7",
                LocalDate.of(2026, 2, 1), replacementOf), LocalDate.of(2026, 3, 2), at);
    }

    /** A replacement asked on Wednesday 4 March 2026 at 10:00 in Almaty: due by the end of Tuesday 10 March. */
    private static Measure asked() {
        Instant at = almaty(3, 4, 10, 0);
        Measure m = replacement("WCH-WALK-2019-0042", at);
        m.consentRequested(77L, at, Consent.dueBy(at, 3, CALENDAR));
        return m;
    }

    @Test
    void theDeadlineIsTheEndOfTheThirdWorkingDayAfterTheRequestSkippingTheWeekendAndAMovedHoliday() {
        // Friday 6 March: Saturday, Sunday and Monday 9 March (Women's Day moved from Sunday) do not count.
        assertThat(Consent.dueBy(almaty(3, 6, 15, 0), 3, CALENDAR)).isEqualTo(endOf(3, 12));
        // Wednesday 4 March: Thursday, Friday, then the long weekend, then Tuesday 10 March.
        assertThat(Consent.dueBy(almaty(3, 4, 10, 0), 3, CALENDAR)).isEqualTo(endOf(3, 10));
        // Friday 20 March: Nauryz and its moved days off keep everyone at home until Wednesday 25 March.
        assertThat(Consent.dueBy(almaty(3, 20, 9, 0), 3, CALENDAR)).isEqualTo(endOf(3, 30));
    }

    @Test
    void theDayOfTheRequestIsTheDayInAlmatyNotInUtc() {
        // 20:00 UTC on Thursday 5 March is already Friday 6 March, 01:00 in Almaty.
        Instant lateThursdayUtc = Instant.parse("2026-03-05T20:00:00Z");
        assertThat(Consent.dueBy(lateThursdayUtc, 3, CALENDAR)).isEqualTo(endOf(3, 12));
        // A request on a Saturday counts from the next working day the same way.
        assertThat(Consent.dueBy(almaty(3, 7, 12, 0), 3, CALENDAR)).isEqualTo(endOf(3, 12));
    }

    @Test
    void aReplacementWaitsForConsentAndAnOrdinaryMeasureJoinsTheQueueAtOnce() {
        assertThat(asked().status()).isEqualTo(MeasureStatus.AWAITING_CONSENT);
        assertThat(asked().consentDueBy()).contains(endOf(3, 10));
        assertThat(replacement(null, almaty(3, 4, 10, 0)).status()).isEqualTo(MeasureStatus.QUEUED);
        assertThat(replacement("  ", almaty(3, 4, 10, 0)).status()).as("a blank replacementOf is none").isEqualTo(MeasureStatus.QUEUED);
    }

    @Test
    void consentBySmsPutsTheReplacementInTheQueueAndRecordsWhoAnsweredHowAndWhen() {
        Measure m = asked();
        Instant replied = almaty(3, 10, 23, 59);
        m.answerConsent(new Consent(Consent.Answer.CONSENTED, Consent.Via.SMS, "+77010000006", replied), replied.plusSeconds(5));
        assertThat(m.status()).isEqualTo(MeasureStatus.QUEUED);
        assertThat(m.consent()).contains(new Consent(Consent.Answer.CONSENTED, Consent.Via.SMS, "+77010000006", replied));
        assertThat(m.statusSince()).isEqualTo(replied.plusSeconds(5));
    }

    @Test
    void aRefusalClosesTheReplacementAsDeclined() {
        Measure m = asked();
        Instant at = almaty(3, 5, 9, 0);
        m.answerConsent(new Consent(Consent.Answer.REFUSED, Consent.Via.CABINET, "iin:850214300001", at), at);
        assertThat(m.status()).isEqualTo(MeasureStatus.DECLINED);
        assertThat(m.closedReason()).contains("REPLACEMENT_DECLINED");
        assertThat(m.status().open()).isFalse();
    }

    @Test
    void anAnswerAtOrAfterTheDeadlineComesTooLate() {
        Measure m = asked();
        Instant deadline = endOf(3, 10);
        assertThatThrownBy(() -> m.answerConsent(new Consent(Consent.Answer.REFUSED, Consent.Via.SMS, "+77010000006", deadline),
                deadline.plusSeconds(60)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("CONSENT_DEADLINE_PASSED");
        assertThat(m.status()).isEqualTo(MeasureStatus.AWAITING_CONSENT);
    }

    @Test
    void silenceUntilTheDeadlineIsConsentGivenAtTheDeadline() {
        Measure m = asked();
        Instant deadline = endOf(3, 10);
        assertThat(m.consentBySilenceIfDue(deadline.minusSeconds(1))).isFalse();
        assertThat(m.status()).isEqualTo(MeasureStatus.AWAITING_CONSENT);
        assertThat(m.consentBySilenceIfDue(deadline.plusSeconds(90))).isTrue();
        assertThat(m.status()).isEqualTo(MeasureStatus.QUEUED);
        assertThat(m.consent()).contains(new Consent(Consent.Answer.CONSENTED, Consent.Via.SILENCE, Consent.SYSTEM, deadline));
        assertThat(m.consentBySilenceIfDue(deadline.plusSeconds(120))).as("once").isFalse();
    }

    @Test
    void aRepeatedOrLateAnswerAfterTheDecisionIsAConflictAndChangesNothing() {
        Measure m = asked();
        Instant at = almaty(3, 5, 9, 0);
        m.answerConsent(new Consent(Consent.Answer.CONSENTED, Consent.Via.CABINET, "iin:850214300001", at), at);
        assertThatThrownBy(() -> m.answerConsent(new Consent(Consent.Answer.REFUSED, Consent.Via.SMS, "+77010000006",
                at.plusSeconds(60)), at.plusSeconds(60)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("CONSENT_NOT_AWAITED");
        assertThat(m.status()).isEqualTo(MeasureStatus.QUEUED);
        assertThat(m.consent().orElseThrow().via()).isEqualTo(Consent.Via.CABINET);

        Measure ordinary = replacement(null, at);
        assertThatThrownBy(() -> ordinary.answerConsent(new Consent(Consent.Answer.CONSENTED, Consent.Via.CABINET,
                "iin:850214300001", at), at)).extracting("code").isEqualTo("CONSENT_NOT_AWAITED");
    }

    @Test
    void deathClosesAReplacementStillAwaitingConsent() {
        Measure m = asked();
        assertThat(m.closeIfOpen("DEATH", almaty(3, 5, 9, 0))).isTrue();
        assertThat(m.status()).isEqualTo(MeasureStatus.CLOSED);
        assertThat(m.consentBySilenceIfDue(endOf(3, 11))).isFalse();
    }

    @Test
    void silenceIsNeverARefusal() {
        assertThatThrownBy(() -> new Consent(Consent.Answer.REFUSED, Consent.Via.SILENCE, Consent.SYSTEM, almaty(3, 4, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
