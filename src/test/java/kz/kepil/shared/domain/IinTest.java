package kz.kepil.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IinTest {

    // 850315 3 0001 + check: 8·1+5·2+0·3+3·4+1·5+5·6+3·7+0·8+0·9+0·10+1·11 = 97, 97 mod 11 = 9.
    private static final String MALE_1985_03_15 = "850315300019";
    // 011130 6 0002 + check: 0·1+1·2+1·3+1·4+3·5+0·6+6·7+0·8+0·9+0·10+2·11 = 88, 88 mod 11 = 0.
    private static final String FEMALE_2001_11_30 = "011130600020";

    @Test
    void iinEncodesBirthDateAndSex() {
        Iin man = Iin.of(MALE_1985_03_15);
        assertThat(man.birthDate()).contains(LocalDate.of(1985, 3, 15));
        assertThat(man.sex()).contains(Sex.MALE);

        Iin woman = new Iin(FEMALE_2001_11_30);
        assertThat(woman.birthDate()).contains(LocalDate.of(2001, 11, 30));
        assertThat(woman.sex()).contains(Sex.FEMALE);
    }

    @Test
    void seventhDigitOneOrTwoMeansNineteenthCentury() {
        String iin = KzIdentifiers.withCheckDigit("99123120000").orElseThrow();
        assertThat(Iin.of(iin).birthDate()).contains(LocalDate.of(1899, 12, 31));
        assertThat(Iin.of(iin).sex()).contains(Sex.FEMALE);
    }

    @Test
    void iinCheckDigitUsesSecondWeightingWhenFirstGivesTen() {
        // 8 5 0 3 1 5 3 0 1 8 0, weights 1..11: 8+10+0+12+5+30+21+0+9+80+0 = 175, 175 mod 11 = 10;
        // weights 3,4,5,6,7,8,9,10,11,1,2: 24+20+0+18+7+40+27+0+11+8+0 = 155, 155 mod 11 = 1.
        assertThat(Iin.isValid("850315301801")).isTrue();
        assertThat(Iin.isValid("850315301800")).isFalse();
    }

    @Test
    void prefixWhoseBothWeightingsGiveTenHasNoValidIin() {
        // 8 5 0 3 1 5 3 0 2 6 0: first sum 164, second sum 164, both 10 mod 11.
        for (char last = '0'; last <= '9'; last++) {
            assertThat(Iin.isValid("85031530260" + last)).as("last digit %s", last).isFalse();
        }
    }

    @Test
    void wrongCheckDigitIsRefusedWithStableCode() {
        assertThatThrownBy(() -> Iin.of("850315300018"))
                .isInstanceOf(InvalidIdentifierException.class)
                .extracting(e -> ((InvalidIdentifierException) e).code())
                .isEqualTo("IIN_INVALID");
    }

    @Test
    void iinIsExactlyTwelveAsciiDigits() {
        assertThat(Iin.isValid("85031530001")).isFalse();
        assertThat(Iin.isValid("8503153000190")).isFalse();
        assertThat(Iin.isValid("85031530001A")).isFalse();
        assertThat(Iin.isValid("85O315300019")).isFalse();
        assertThat(Iin.isValid(" 850315300019")).isFalse();
        assertThat(Iin.isValid("٨50315300019")).isFalse();
        assertThat(Iin.isValid("")).isFalse();
        assertThat(Iin.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Iin(null)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void impossibleBirthDateIsRefusedEvenWithCorrectCheckDigit() {
        // 9 9 1 3 3 2 3 0 0 0 1: 9+18+3+12+15+12+21+0+0+0+11 = 101, 101 mod 11 = 2 - check digit right, date not.
        assertThatThrownBy(() -> Iin.of("991332300012"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("birth date");
    }

    @Test
    void centuryDigitDecidesWhetherTwentyNinthFebruaryExists() {
        String bornIn2000 = KzIdentifiers.withCheckDigit("00022950000").orElseThrow();
        assertThat(Iin.of(bornIn2000).birthDate()).contains(LocalDate.of(2000, 2, 29));

        // 1900 was not a leap year.
        String bornIn1900 = KzIdentifiers.withCheckDigit("00022930000").orElseThrow();
        assertThat(Iin.isValid(bornIn1900)).isFalse();
    }

    @Test
    void foreignCitizensIinHasNoBirthDateOrSex() {
        // Digit 7 is 0 and the first six digits carry no date, so 99 13 32 is no objection.
        String foreign = KzIdentifiers.withCheckDigit("99133200000").orElseThrow();
        Iin iin = Iin.of(foreign);
        assertThat(iin.birthDate()).isEmpty();
        assertThat(iin.sex()).isEmpty();
    }

    @Test
    void centuryDigitsAboveSixAreRefused() {
        for (char digit = '7'; digit <= '9'; digit++) {
            String candidate = KzIdentifiers.withCheckDigit("850315" + digit + "0002").orElseThrow();
            assertThat(Iin.isValid(candidate)).as("century digit %s", digit).isFalse();
        }
    }

    @Test
    void iinPrintsAsItsDigitsAndEqualsByValue() {
        assertThat(Iin.of(MALE_1985_03_15)).hasToString(MALE_1985_03_15);
        assertThat(Iin.of(MALE_1985_03_15).value()).isEqualTo(MALE_1985_03_15);
        assertThat(Iin.of(MALE_1985_03_15)).isEqualTo(new Iin(MALE_1985_03_15))
                .hasSameHashCodeAs(new Iin(MALE_1985_03_15))
                .isNotEqualTo(Iin.of(FEMALE_2001_11_30));
    }
}
