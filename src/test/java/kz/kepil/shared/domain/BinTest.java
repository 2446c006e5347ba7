package kz.kepil.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BinTest {

    // 1504 4 0 0013 + check: 1+10+0+16+20+0+0+0+9+30+22 = 108, 108 mod 11 = 9.
    private static final String RESIDENT_HEAD_OFFICE_2015_04 = "150440001329";
    // 9901 5 1 0000 + check: 9+18+0+4+25+6+0+0+0+0+77 = 139, 139 mod 11 = 7.
    private static final String NON_RESIDENT_BRANCH_1999_01 = "990151000077";

    @Test
    void binEncodesRegistrationMonthEntityTypeAndUnit() {
        Bin bin = Bin.of(RESIDENT_HEAD_OFFICE_2015_04);
        assertThat(bin.registrationMonthAsOf(2026)).isEqualTo(YearMonth.of(2015, 4));
        assertThat(bin.entityType()).isEqualTo(Bin.EntityType.RESIDENT_LEGAL_ENTITY);
        assertThat(bin.unit()).contains(Bin.Unit.HEAD_OFFICE);

        Bin branch = new Bin(NON_RESIDENT_BRANCH_1999_01);
        assertThat(branch.entityType()).isEqualTo(Bin.EntityType.NON_RESIDENT_LEGAL_ENTITY);
        assertThat(branch.unit()).contains(Bin.Unit.BRANCH);
    }

    @Test
    void registrationYearIsNeverAfterTheCurrentYear() {
        assertThat(Bin.of(NON_RESIDENT_BRANCH_1999_01).registrationMonthAsOf(2026)).isEqualTo(YearMonth.of(1999, 1));
        String registered25 = KzIdentifiers.withCheckDigit("25014000001").orElseThrow();
        assertThat(Bin.of(registered25).registrationMonthAsOf(2026)).isEqualTo(YearMonth.of(2025, 1));
        assertThat(Bin.of(registered25).registrationMonthAsOf(2024)).isEqualTo(YearMonth.of(1925, 1));
        assertThat(Bin.of(RESIDENT_HEAD_OFFICE_2015_04).registrationMonth()).isEqualTo(YearMonth.of(2015, 4));
    }

    @Test
    void binCheckDigitUsesSecondWeightingWhenFirstGivesTen() {
        // 1 5 0 4 4 0 0 0 1 2 3: first 1+10+0+16+20+0+0+0+9+20+33 = 109, mod 11 = 10;
        // second 3+20+0+24+28+0+0+0+11+2+6 = 94, mod 11 = 6.
        assertThat(Bin.isValid("150440001236")).isTrue();
        assertThat(Bin.isValid("150440001230")).isFalse();
    }

    @Test
    void entityTypeDigitMustBeFourFiveOrSix() {
        assertThat(Bin.of(KzIdentifiers.withCheckDigit("15046000001").orElseThrow()).entityType())
                .isEqualTo(Bin.EntityType.JOINT_INDIVIDUAL_ENTREPRENEURSHIP);
        for (char digit : new char[] {'0', '1', '2', '3', '7', '8', '9'}) {
            String candidate = KzIdentifiers.withCheckDigit("1504" + digit + "000002").orElseThrow();
            assertThat(Bin.isValid(candidate)).as("entity digit %s", digit).isFalse();
        }
    }

    @Test
    void registrationMonthMustBeOneToTwelve() {
        assertThat(Bin.isValid(KzIdentifiers.withCheckDigit("15004000001").orElseThrow())).isFalse();
        assertThat(Bin.isValid(KzIdentifiers.withCheckDigit("15134000001").orElseThrow())).isFalse();
        assertThat(Bin.isValid(KzIdentifiers.withCheckDigit("15124000001").orElseThrow())).isTrue();
    }

    @Test
    void wrongBinIsRefusedWithStableCode() {
        assertThatThrownBy(() -> Bin.of("150440001328"))
                .isInstanceOf(InvalidIdentifierException.class)
                .extracting(e -> ((InvalidIdentifierException) e).code())
                .isEqualTo("BIN_INVALID");
        assertThat(Bin.isValid("15044000132")).isFalse();
        assertThat(Bin.isValid("15044000132X")).isFalse();
        assertThat(Bin.isValid(null)).isFalse();
    }

    @Test
    void iinIsNotAcceptedAsBin() {
        assertThat(Iin.isValid("850315300019")).isTrue();
        assertThat(Bin.isValid("850315300019")).isFalse();
    }

    @Test
    void binPrintsAsItsDigitsAndEqualsByValue() {
        assertThat(Bin.of(RESIDENT_HEAD_OFFICE_2015_04)).hasToString(RESIDENT_HEAD_OFFICE_2015_04)
                .isEqualTo(new Bin(RESIDENT_HEAD_OFFICE_2015_04))
                .hasSameHashCodeAs(new Bin(RESIDENT_HEAD_OFFICE_2015_04))
                .isNotEqualTo(Bin.of(NON_RESIDENT_BRANCH_1999_01));
        assertThat(Bin.of(RESIDENT_HEAD_OFFICE_2015_04).value()).isEqualTo(RESIDENT_HEAD_OFFICE_2015_04);
    }
}
