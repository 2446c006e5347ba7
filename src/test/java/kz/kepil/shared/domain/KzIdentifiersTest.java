package kz.kepil.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KzIdentifiersTest {

    @Test
    void checkDigitCompletesHandComputedExamples() {
        assertThat(KzIdentifiers.withCheckDigit("85031530001")).contains("850315300019");
        assertThat(KzIdentifiers.withCheckDigit("01113060002")).contains("011130600020");
        assertThat(KzIdentifiers.withCheckDigit("85031530180")).contains("850315301801");
    }

    @Test
    void prefixWithTenUnderBothWeightingsCannotBeCompleted() {
        assertThat(KzIdentifiers.withCheckDigit("85031530260")).isEmpty();
    }

    @Test
    void exactlyOneTwelfthDigitIsValidUnlessThePrefixCannotBeCompleted() {
        for (int serial = 0; serial < 2000; serial++) {
            String prefix = "8503153" + String.format("%04d", serial);
            int validEndings = 0;
            for (int last = 0; last <= 9; last++) {
                if (Iin.isValid(prefix + last)) {
                    validEndings++;
                }
            }
            boolean completable = KzIdentifiers.withCheckDigit(prefix).isPresent();
            assertThat(validEndings).as(prefix).isEqualTo(completable ? 1 : 0);
        }
    }

    @Test
    void onlyElevenDigitsCanBeCompleted() {
        assertThatThrownBy(() -> KzIdentifiers.withCheckDigit("8503153000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KzIdentifiers.withCheckDigit("8503153000A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KzIdentifiers.withCheckDigit(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
