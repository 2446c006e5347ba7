package kz.kepil.ordering.domain;

import kz.kepil.catalog.domain.Pricing;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SanatoriumStayTest {

    private static final KzWorkingCalendar CALENDAR = KzWorkingCalendar.standard();

    private static void refused(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    @Test
    void theLastDayToCancelIsTheThirdWorkingDayBeforeArrivalAcrossAWeekend() {
        // Arrival on Monday 30 November 2026: Friday 27, Thursday 26, Wednesday 25.
        assertThat(SanatoriumStay.lastCancellationDay(LocalDate.of(2026, 11, 30), CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 25));
        // Arrival on Thursday 3 December 2026: Wednesday 2, Tuesday 1, Monday 30 November.
        assertThat(SanatoriumStay.lastCancellationDay(LocalDate.of(2026, 12, 3), CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 30));
        // Arrival on Tuesday 1 December 2026: Monday 30, Friday 27, Thursday 26 (the weekend is skipped).
        assertThat(SanatoriumStay.lastCancellationDay(LocalDate.of(2026, 12, 1), CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aHolidayBeforeArrivalMovesTheLastDayToCancelEarlier() {
        // Independence Day, Wednesday 16 December 2026, is not a working day: arrival on Friday 18 → Monday 14.
        assertThat(SanatoriumStay.lastCancellationDay(LocalDate.of(2026, 12, 18), CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 14));
        // A weekend and the holiday: arrival on Monday 21 → Friday 18, Thursday 17, Tuesday 15.
        assertThat(SanatoriumStay.lastCancellationDay(LocalDate.of(2026, 12, 21), CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aStayMayBeCancelledUntilTheEndOfTheLastDayInAlmaty() {
        SanatoriumStay stay = SanatoriumStay.of(LocalDate.of(2026, 11, 30), 14, CALENDAR);
        // Almaty is UTC+5: Wednesday 25 November ends at 19:00 UTC.
        assertThat(stay.cancellableUntil()).isEqualTo(Instant.parse("2026-11-25T19:00:00Z"));
        assertThat(stay.lastCancellationDay()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(stay.cancellableAt(Instant.parse("2026-11-25T18:59:59Z"))).isTrue();
        assertThat(stay.cancellableAt(Instant.parse("2026-11-25T19:00:00Z"))).isFalse();
    }

    @Test
    void theStaysLastDayIsArrivalPlusTheCoursesDaysMinusOne() {
        assertThat(SanatoriumStay.of(LocalDate.of(2026, 11, 30), 14, CALENDAR).lastDay()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(SanatoriumStay.of(LocalDate.of(2026, 11, 30), 10, CALENDAR).lastDay()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThatThrownBy(() -> SanatoriumStay.of(LocalDate.of(2026, 11, 30), 15, CALENDAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCoursesDaysComeFromTheTypeAndAreAtMostFourteen() {
        assertThat(SanatoriumStay.courseDays("SAN-ADULT-14")).hasValue(14);
        assertThat(SanatoriumStay.courseDays("SAN-ADULT-10")).hasValue(10);
        assertThat(SanatoriumStay.courseDays("SAN-CHILD-ESC-14")).hasValue(14);
        assertThat(SanatoriumStay.courseDays("SAN-ADULT-21")).hasValue(14);
        assertThat(SanatoriumStay.courseDays("DIAPER-M")).isEmpty();
    }

    @Test
    void theArrivalComesAfterTheDecisionIsDueAndNotAfterTheEntitlementEnds() {
        LocalDate due = LocalDate.of(2026, 11, 27);
        LocalDate validTo = LocalDate.of(2027, 3, 31);
        refused(() -> SanatoriumStay.checkArrival(due, due, validTo), "ARRIVAL_TOO_EARLY");
        refused(() -> SanatoriumStay.checkArrival(due.minusDays(3), due, validTo), "ARRIVAL_TOO_EARLY");
        SanatoriumStay.checkArrival(due.plusDays(1), due, validTo);
        SanatoriumStay.checkArrival(validTo, due, validTo);
        refused(() -> SanatoriumStay.checkArrival(validTo.plusDays(1), due, validTo), "ARRIVAL_AFTER_ENTITLEMENT");
    }

    @Test
    void theArrivalIsRecordedWithinTheStayAndNotInTheFuture() {
        SanatoriumStay stay = SanatoriumStay.of(LocalDate.of(2026, 11, 30), 14, CALENDAR);
        LocalDate today = LocalDate.of(2026, 12, 20);
        refused(() -> stay.checkArrivedOn(LocalDate.of(2026, 11, 29), today), "ARRIVAL_OUTSIDE_STAY");
        refused(() -> stay.checkArrivedOn(LocalDate.of(2026, 12, 14), today), "ARRIVAL_OUTSIDE_STAY");
        stay.checkArrivedOn(LocalDate.of(2026, 11, 30), today);
        stay.checkArrivedOn(LocalDate.of(2026, 12, 13), today);
        refused(() -> stay.checkArrivedOn(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)), "DATE_IN_FUTURE");
    }

    @Test
    void theDepartureIsNotBeforeArrivalNotInTheFutureAndAStayIsAtMostFourteenDays() {
        LocalDate arrived = LocalDate.of(2026, 11, 30);
        LocalDate today = LocalDate.of(2026, 12, 31);
        refused(() -> SanatoriumStay.checkDepartedOn(arrived, arrived.minusDays(1), today), "DEPARTURE_BEFORE_ARRIVAL");
        SanatoriumStay.checkDepartedOn(arrived, arrived, today);
        SanatoriumStay.checkDepartedOn(arrived, LocalDate.of(2026, 12, 13), today);
        refused(() -> SanatoriumStay.checkDepartedOn(arrived, LocalDate.of(2026, 12, 14), today), "STAY_TOO_LONG");
        refused(() -> SanatoriumStay.checkDepartedOn(arrived, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 4)), "DATE_IN_FUTURE");
    }

    @Test
    void aNoShowIsRecordedOnlyFromTheDayAfterTheArrivalDate() {
        SanatoriumStay stay = SanatoriumStay.of(LocalDate.of(2026, 11, 30), 14, CALENDAR);
        refused(() -> stay.checkNoShow(LocalDate.of(2026, 11, 29)), "NO_SHOW_TOO_EARLY");
        refused(() -> stay.checkNoShow(LocalDate.of(2026, 11, 30)), "NO_SHOW_TOO_EARLY");
        stay.checkNoShow(LocalDate.of(2026, 12, 1));
    }

    // The order's own transitions of a stay.

    private static Order acceptedStay(LocalDate arrival) {
        Order o = new Order(new Order.Choice(1, "900101300123", 2, 3, "SAN-ADULT-14", "KZ-75", "SD-75", "Stay", 1),
                Pricing.of(Money.of("500000.00"), Money.of("450000.00")), 1, SanatoriumStay.of(arrival, 14, CALENDAR),
                "900101300123", Instant.parse("2026-11-10T05:00:00Z"));
        o.submit(Pricing.of(Money.of("500000.00"), Money.of("450000.00")), 1, 10, Instant.parse("2026-11-10T06:00:00Z"),
                Instant.parse("2026-11-17T19:00:00Z"));
        o.accept(11, Instant.parse("2026-11-11T06:00:00Z"));
        return o;
    }

    @Test
    void theBeneficiaryCancelsAnAcceptedStayUntilTheDeadlineAndNotAfter() {
        Order late = acceptedStay(LocalDate.of(2026, 11, 30));
        refused(() -> late.cancelByBeneficiary("plans changed", Instant.parse("2026-11-25T19:00:00Z")), "CANCELLATION_TOO_LATE");
        assertThat(late.status()).isEqualTo(OrderStatus.ACCEPTED);
        Order inTime = acceptedStay(LocalDate.of(2026, 11, 30));
        assertThat(inTime.cancellableByBeneficiary(Instant.parse("2026-11-25T18:59:59Z"))).isTrue();
        inTime.cancelByBeneficiary("plans changed", Instant.parse("2026-11-25T18:59:59Z"));
        assertThat(inTime.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void theSupplierCancelsAnAcceptedStayForACodedReasonUntilTheDeadline() {
        Order late = acceptedStay(LocalDate.of(2026, 11, 30));
        refused(() -> late.cancelBySupplier(SupplierCancellationReason.FORCE_MAJEURE, Instant.parse("2026-11-26T05:00:00Z")),
                "CANCELLATION_TOO_LATE");
        Order inTime = acceptedStay(LocalDate.of(2026, 11, 30));
        inTime.cancelBySupplier(SupplierCancellationReason.APPLIED_FOR_EXCLUSION, Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(inTime.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(inTime.closedReason()).hasValue("SUPPLIER_APPLIED_FOR_EXCLUSION");
    }

    @Test
    void theActOfAStayComesOnlyAfterTheDepartureIsRecorded() {
        Order o = acceptedStay(LocalDate.of(2026, 11, 30));
        refused(() -> o.departed(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 20)), "ARRIVAL_NOT_RECORDED");
        o.arrived(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30));
        refused(o::requireDepartureIfStay, "DEPARTURE_NOT_RECORDED");
        refused(() -> o.delivered(12, Instant.parse("2026-12-13T06:00:00Z")), "DEPARTURE_NOT_RECORDED");
        refused(() -> o.noShow(LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T06:00:00Z")), "ARRIVAL_ALREADY_RECORDED");
        o.departed(LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 13));
        o.topUpReceived(Money.of("50000.00"), "R-1");
        o.delivered(12, Instant.parse("2026-12-13T06:00:00Z"));
        assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED_BY_SUPPLIER);
    }

    @Test
    void aNoShowClosesTheOrderFromTheDayAfterArrival() {
        Order o = acceptedStay(LocalDate.of(2026, 11, 30));
        refused(() -> o.noShow(LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T06:00:00Z")), "NO_SHOW_TOO_EARLY");
        o.noShow(LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(o.status()).isEqualTo(OrderStatus.NO_SHOW);
        assertThat(o.status().open()).isFalse();
    }

    @Test
    void anOrderOfGoodsHasNoStayAndIsNotCancelledAfterAcceptance() {
        Order o = new Order(new Order.Choice(1, "900101300123", 2, 3, "DIAPER-M", "KZ-75", "SD-75", "Diapers", 10),
                Pricing.of(Money.of("100.00"), Money.of("90.00")), 10, "900101300123", Instant.parse("2026-11-10T05:00:00Z"));
        o.submit(Pricing.of(Money.of("100.00"), Money.of("90.00")), 10, 10, Instant.parse("2026-11-10T06:00:00Z"),
                Instant.parse("2026-11-17T19:00:00Z"));
        o.accept(11, Instant.parse("2026-11-11T06:00:00Z"));
        assertThat(o.stay()).isEmpty();
        refused(() -> o.cancelByBeneficiary(null, Instant.parse("2026-11-11T07:00:00Z")), "ILLEGAL_TRANSITION");
        refused(() -> o.noShow(LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T06:00:00Z")), "NOT_A_SANATORIUM_ORDER");
        o.requireDepartureIfStay();
    }
}
