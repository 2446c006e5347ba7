package kz.kepil.notification.domain;

import java.util.Optional;

/**
 * A Kazakhstan phone number in international form, {@code +7} and ten digits starting with 6 or 7 (the
 * country's ranges in the shared +7 zone). People and E-Sobes write numbers in many ways: {@code +7 701
 * 123 45 67}, {@code 8 (701) 1234567}, {@code 7011234567}; all of them become {@code +77011234567}.
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || !value.matches("\\+7[67]\\d{9}")) {
            throw new IllegalArgumentException("not a Kazakhstan phone number in +7XXXXXXXXXX form: " + value);
        }
    }

    /** The number written any usual way, or empty when it is not a Kazakhstan number. */
    public static Optional<PhoneNumber> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip();
        boolean plus = s.startsWith("+");
        String digits = s.replaceAll("[\\s()\\-.]", "");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        String national;
        if (digits.length() == 11 && digits.charAt(0) == '7') {
            national = digits.substring(1);
        } else if (!plus && digits.length() == 11 && digits.charAt(0) == '8') {
            national = digits.substring(1);
        } else if (!plus && digits.length() == 10) {
            national = digits;
        } else {
            return Optional.empty();
        }
        String international = "+7" + national;
        return international.matches("\\+7[67]\\d{9}") ? Optional.of(new PhoneNumber(international)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
