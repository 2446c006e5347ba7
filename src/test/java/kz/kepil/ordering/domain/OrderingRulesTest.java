package kz.kepil.ordering.domain;

import kz.kepil.catalog.domain.Channel;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Excess;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.Unit;
import kz.kepil.catalog.domain.WheelchairKind;
import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderingRulesTest {

    private static final LocalizedNames N = new LocalizedNames("a", "b", "c");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static ClassifierType type(String code, ProductCategory category, Integer replacement, Integer norm, String group,
                                       Excess excess, WheelchairKind kind) {
        return new ClassifierType(new ClassifierCode(code), category, N, Unit.PIECE, Channel.PORTAL, List.of())
                .withRules(replacement, norm, group, excess, kind);
    }

    private static final ClassifierType DIAPER_M = type("HYG-DIAPER-AD-M", ProductCategory.HYGIENE_MEANS, null, 1460, "DIAPERS",
            Excess.REFUSE, null);
    private static final ClassifierType DIAPER_L = type("HYG-DIAPER-AD-L", ProductCategory.HYGIENE_MEANS, null, 1460, "DIAPERS",
            Excess.REFUSE, null);
    private static final ClassifierType SIGN_HOURS = type("SLS-HOUR", ProductCategory.SIGN_LANGUAGE_SPECIALIST, null, 60, null,
            Excess.OWN_EXPENSE, null);
    private static final ClassifierType ROOM = type("WCH-ROOM", ProductCategory.WHEELCHAIRS, 84, null, null, Excess.REFUSE,
            WheelchairKind.ROOM);
    private static final ClassifierType WALKING = type("WCH-WALK", ProductCategory.WHEELCHAIRS, 48, null, null, Excess.REFUSE,
            WheelchairKind.WALKING);
    private static final ClassifierType UNIVERSAL = type("WCH-UNIV", ProductCategory.WHEELCHAIRS, 60, null, null, Excess.REFUSE,
            WheelchairKind.UNIVERSAL);

    private static final ClassifierType DIAPERS_QUARTERLY = DIAPER_M.withQuarterlyMin(360);
    private static final ClassifierType URINE_BAGS_QUARTERLY = type("HYG-URINE-LEG", ProductCategory.HYGIENE_MEANS, null, 365,
            "URINE_BAGS", Excess.REFUSE, null).withQuarterlyMin(90);

    private static OrderingRules.Held received(ClassifierType t, int quantity, LocalDate on) {
        return new OrderingRules.Held(t, quantity, on, true);
    }

    @Test
    void diapersOfEverySizeShareOneYearlyNorm() {
        List<OrderingRules.Held> held = List.of(received(DIAPER_M, 1000, TODAY.minusMonths(3)),
                received(DIAPER_L, 360, TODAY.minusMonths(1)), received(DIAPER_M, 900, TODAY.minusYears(1)));
        assertThat(OrderingRules.coveredUnits(DIAPER_L, 100, TODAY, held)).isEqualTo(100);
        assertThatThrownBy(() -> OrderingRules.coveredUnits(DIAPER_M, 101, TODAY, held))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("NORM_EXCEEDED");
    }

    @Test
    void signLanguageHoursAboveSixtyAYearArePaidByTheBeneficiary() {
        List<OrderingRules.Held> held = List.of(new OrderingRules.Held(SIGN_HOURS, 50, TODAY.minusDays(10), false));
        assertThat(OrderingRules.coveredUnits(SIGN_HOURS, 16, TODAY, held)).isEqualTo(10);
        assertThat(OrderingRules.coveredUnits(SIGN_HOURS, 16, TODAY.plusYears(1), held)).isEqualTo(16);
    }

    @Test
    void aTypeIsNotReplacedBeforeItsReplacementPeriodEnds() {
        List<OrderingRules.Held> held = List.of(received(ROOM, 1, TODAY.minusYears(7).plusDays(1)));
        assertThatThrownBy(() -> OrderingRules.checkReplacement(ROOM, TODAY, held))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("REPLACEMENT_PERIOD_NOT_ENDED");
        OrderingRules.checkReplacement(ROOM, TODAY.plusDays(1), held);
    }

    @Test
    void oneRoomAndOneWalkingWheelchairOrOneUniversalAtATime() {
        List<OrderingRules.Held> room = List.of(received(ROOM, 1, TODAY.minusYears(2)));
        OrderingRules.checkWheelchairs(WALKING, TODAY, room);
        assertThatThrownBy(() -> OrderingRules.checkWheelchairs(ROOM, TODAY, room))
                .extracting("code").isEqualTo("WHEELCHAIR_COMBINATION");
        assertThatThrownBy(() -> OrderingRules.checkWheelchairs(UNIVERSAL, TODAY, room))
                .extracting("code").isEqualTo("WHEELCHAIR_COMBINATION");
        List<OrderingRules.Held> universalOnOrder = List.of(new OrderingRules.Held(UNIVERSAL, 1, TODAY, false));
        assertThatThrownBy(() -> OrderingRules.checkWheelchairs(WALKING, TODAY, universalOnOrder))
                .extracting("code").isEqualTo("WHEELCHAIR_COMBINATION");
    }

    @Test
    void switchingNeedsTheReplacementPeriodOfTheOldWheelchairToHaveEnded() {
        List<OrderingRules.Held> oldRoom = List.of(received(ROOM, 1, TODAY.minusYears(7)));
        OrderingRules.checkWheelchairs(UNIVERSAL, TODAY, oldRoom);
    }

    @Test
    void anOrderOfDiapersTakesAtLeastAQuartersSupplyOf360() {
        OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 360, 1460, TODAY, List.of());
        OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 1460, 1460, TODAY, List.of());
        assertThatThrownBy(() -> OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 359, 1460, TODAY, List.of()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("BELOW_QUARTERLY_MINIMUM");
        assertThatThrownBy(() -> OrderingRules.checkQuarterlyMinimum(URINE_BAGS_QUARTERLY, 89, 365, TODAY, List.of()))
                .extracting("code").isEqualTo("BELOW_QUARTERLY_MINIMUM");
        OrderingRules.checkQuarterlyMinimum(URINE_BAGS_QUARTERLY, 90, 365, TODAY, List.of());
    }

    @Test
    void whenLessThanAQuarterOfTheYearlyNormIsLeftTheOrderTakesAllThatIsLeftAndNoLess() {
        // 1460 a year, 1200 of them received this year in any size: 260 are left, below the 360 of a quarter.
        List<OrderingRules.Held> held = List.of(received(DIAPER_L, 1000, TODAY.minusMonths(4)),
                new OrderingRules.Held(DIAPER_M, 200, TODAY.minusDays(3), false), received(DIAPER_M, 900, TODAY.minusYears(1)));
        OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 260, 1460, TODAY, held);
        assertThatThrownBy(() -> OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 259, 1460, TODAY, held))
                .extracting("code").isEqualTo("BELOW_QUARTERLY_MINIMUM");
        assertThatThrownBy(() -> OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 100, 1460, TODAY, held))
                .extracting("code").isEqualTo("BELOW_QUARTERLY_MINIMUM");
        // Next year the whole norm is back: a quarter's supply again.
        assertThatThrownBy(() -> OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 260, 1460, TODAY.plusYears(1), held))
                .extracting("code").isEqualTo("BELOW_QUARTERLY_MINIMUM");
    }

    @Test
    void whenLessThanAQuarterOfTheEntitlementIsLeftTheOrderTakesAllOfIt() {
        OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 30, 30, TODAY, List.of());
        assertThatThrownBy(() -> OrderingRules.checkQuarterlyMinimum(DIAPERS_QUARTERLY, 29, 30, TODAY, List.of()))
                .extracting("code").isEqualTo("BELOW_QUARTERLY_MINIMUM");
    }

    @Test
    void aTypeWithoutAQuarterlyMinimumTakesAnyQuantity() {
        OrderingRules.checkQuarterlyMinimum(DIAPER_M, 1, 1460, TODAY, List.of());
    }
}
