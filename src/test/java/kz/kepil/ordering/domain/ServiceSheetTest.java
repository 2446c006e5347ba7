package kz.kepil.ordering.domain;

import kz.kepil.catalog.domain.Channel;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Excess;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.Unit;
import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSheetTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 9, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 5);
    private static final OptionalInt EIGHT = OptionalInt.of(8);

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPersonalAssistantWorksAtMostEightHoursADay() {
        ServiceSheet sheet = ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 8, LocalDate.of(2026, 10, 5), 4), EIGHT,
                ACCEPTED, TODAY, 100);
        assertThat(sheet.hours()).isEqualTo(12);
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 9), EIGHT, ACCEPTED, TODAY, 100)))
                .isEqualTo("ACT_DAILY_HOURS_EXCEEDED");
        assertThat(ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 9), OptionalInt.empty(), ACCEPTED, TODAY, 100)
                .hours()).as("a type without a daily maximum").isEqualTo(9);
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 0), EIGHT, ACCEPTED, TODAY, 100)))
                .isEqualTo("ACT_HOURS_INVALID");
    }

    @Test
    void everyDayIsInsideTheMonthAndNotBeforeTheOrderWasAccepted() {
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 11, 1), 2), EIGHT, ACCEPTED, TODAY, 100)))
                .isEqualTo("ACT_DAY_OUTSIDE_MONTH");
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 9, 30), 2), EIGHT, ACCEPTED, TODAY, 100)))
                .isEqualTo("ACT_DAY_OUTSIDE_MONTH");
        LocalDate acceptedMidMonth = LocalDate.of(2026, 10, 14);
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 13), 2), EIGHT, acceptedMidMonth, TODAY,
                100))).isEqualTo("ACT_DAY_BEFORE_ACCEPTANCE");
        assertThat(ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 14), 2), EIGHT, acceptedMidMonth, TODAY, 100).hours())
                .as("time counts from the day of acceptance itself").isEqualTo(2);
    }

    @Test
    void aMonthIsActedOnlyAfterItEndedAndWithinTheHoursOrdered() {
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 2), EIGHT, ACCEPTED,
                LocalDate.of(2026, 10, 31), 100))).isEqualTo("ACT_MONTH_NOT_ENDED");
        assertThat(ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 2), EIGHT, ACCEPTED, LocalDate.of(2026, 11, 1), 100)
                .hours()).isEqualTo(2);
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 8, LocalDate.of(2026, 10, 4), 3), EIGHT,
                ACCEPTED, TODAY, 10))).isEqualTo("ACT_HOURS_EXCEED_ORDER");
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(), EIGHT, ACCEPTED, TODAY, 10))).isEqualTo("ACT_SHEET_EMPTY");
    }

    @Test
    void anActIsDueByTheTenthOfTheNextMonthWhateverDayOfTheWeekItIs() {
        assertThat(ServiceSheet.dueBy(OCTOBER)).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(ServiceSheet.dueBy(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 10));
        LocalDate sunday = ServiceSheet.dueBy(YearMonth.of(2026, 4));
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(sunday).as("a due date on a Sunday is not moved").isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void anActFiledAfterItsDueDateIsLateButTaken() {
        assertThat(ServiceSheet.late(OCTOBER, LocalDate.of(2026, 11, 10))).isFalse();
        assertThat(ServiceSheet.late(OCTOBER, LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 2), EIGHT, ACCEPTED, LocalDate.of(2027, 2, 1), 100)
                .hours()).as("a late act is still taken").isEqualTo(2);
    }

    @Test
    void afterTheBeneficiarysDeathTheTimeBeforeItIsActedAtOnceWithinAMonth() {
        LocalDate died = LocalDate.of(2026, 10, 20);
        LocalDate dayAfter = LocalDate.of(2026, 10, 22);
        assertThat(ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 8, died, 2), EIGHT, ACCEPTED, dayAfter, 100, died)
                .hours()).as("the month of the death is acted before it ends").isEqualTo(10);
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 21), 2), EIGHT, ACCEPTED, dayAfter, 100,
                died))).isEqualTo("ACT_DAY_AFTER_DEATH");
        assertThat(refusal(() -> ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 3), 9), EIGHT, ACCEPTED, dayAfter, 100,
                died))).as("the daily maximum still holds").isEqualTo("ACT_DAILY_HOURS_EXCEEDED");
        assertThat(ServiceSheet.lastFilingDayAfterDeath(died)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theSheetKeepsOneCanonicalFormForItsDocument() {
        ServiceSheet sheet = ServiceSheet.checked(OCTOBER, Map.of(LocalDate.of(2026, 10, 5), 4, LocalDate.of(2026, 10, 3), 8), EIGHT,
                ACCEPTED, TODAY, 100);
        assertThat(sheet.encoded()).isEqualTo("2026-10-03:8,2026-10-05:4");
        assertThat(ServiceSheet.parse(sheet.encoded())).isEqualTo(sheet.days());
        assertThat(refusal(() -> ServiceSheet.parse("2026-10-03:8,2026-10-03:2"))).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal(() -> ServiceSheet.parse("yesterday:8"))).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theStatePaysMinOfPriceAndSumPerHourAndSignLanguageHoursAboveTheYearlyNormAreOwnExpense() {
        ClassifierType sls = new ClassifierType(new ClassifierCode("SLS-HOUR"), ProductCategory.SIGN_LANGUAGE_SPECIALIST,
                new LocalizedNames("a", "b", "c"), Unit.HOUR, Channel.PORTAL, List.of()).withRules(null, 60, null, Excess.OWN_EXPENSE, null);
        Order order = new Order(new Order.Choice(1, "900101300015", 2, 3, "SLS-HOUR", "KZ-75", "SD-75", "Sign language", 80),
                Pricing.of(Money.of("9000.00"), Money.of("8000.00")), 60, "900101300015", Instant.parse("2026-01-10T05:00:00Z"));
        List<OrderingRules.Held> earlier = List.of(new OrderingRules.Held(sls, 55, LocalDate.of(2026, 9, 1), true));
        int covered = OrderingRules.coveredUnits(sls, 10, OCTOBER.atDay(1), earlier);
        assertThat(covered).isEqualTo(5);
        Pricing.Amounts a = ServiceAct.amounts(order, 10, covered);
        assertThat(a.stateAmount()).isEqualTo(Money.of("40000.00"));
        assertThat(a.topUp()).as("1000 top-up on each covered hour, 9000 for each hour above the norm").isEqualTo(Money.of("50000.00"));
        assertThat(a.total()).isEqualTo(Money.of("90000.00"));

        Order cheap = new Order(new Order.Choice(1, "900101300015", 2, 3, "PAS-HOUR", "KZ-75", "SD-75", "Assistant", 80),
                Pricing.of(Money.of("1500.00"), Money.of("2050.00")), 80, "900101300015", Instant.parse("2026-01-10T05:00:00Z"));
        Pricing.Amounts c = ServiceAct.amounts(cheap, 12, 12);
        assertThat(c.stateAmount()).as("an hour cheaper than the sum is paid at its price").isEqualTo(Money.of("18000.00"));
        assertThat(c.topUp().isZero()).isTrue();
    }
}
