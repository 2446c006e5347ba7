package kz.kepil.shared.domain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The check-digit algorithm shared by IINs and BINs.
 *
 * <p>The first eleven digits are weighted 1..11 and summed modulo 11. A result of 10 cannot be a digit, so the
 * sum is taken again with weights 3,4,5,6,7,8,9,10,11,1,2; if that is 10 as well, no twelfth digit makes the
 * number valid and such prefixes are never issued.
 */
public final class KzIdentifiers {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private KzIdentifiers() {
    }

    /**
     * Completes eleven digits to a valid twelve-digit IIN/BIN, for tests and demo data.
     *
     * @return the twelve digits, or empty when both weightings give 10 and the prefix cannot be completed
     * @throws IllegalArgumentException if the argument is not exactly eleven ASCII digits
     */
    public static Optional<String> withCheckDigit(String elevenDigits) {
        if (!isDigits(elevenDigits, 11)) {
            throw new IllegalArgumentException("Expected exactly 11 digits, got: " + elevenDigits);
        }
        OptionalInt check = checkDigit(elevenDigits);
        return check.isPresent() ? Optional.of(elevenDigits + check.getAsInt()) : Optional.empty();
    }

    /** The check digit for the first eleven characters of {@code digits}, which the caller has verified. */
    static OptionalInt checkDigit(String digits) {
        int first = weightedSumMod11(digits, FIRST_WEIGHTS);
        if (first != 10) {
            return OptionalInt.of(first);
        }
        int second = weightedSumMod11(digits, SECOND_WEIGHTS);
        return second == 10 ? OptionalInt.empty() : OptionalInt.of(second);
    }

    /** True when {@code digits} is twelve digits whose last one is the correct check digit. */
    static boolean hasValidCheckDigit(String digits) {
        OptionalInt check = checkDigit(digits);
        return check.isPresent() && check.getAsInt() == digits.charAt(11) - '0';
    }

    /** Only ASCII digits: {@link Character#isDigit} would also accept Arabic-Indic and other scripts. */
    static boolean isDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int number(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private static int weightedSumMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
