package kz.kepil.platform.api;

import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters read in code (the OpenAPI generator cannot take Bean Validation on them): blank is
 * absent, and a value that does not parse is a 400 problem naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    public static Money money(String value, String name) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 17) {
                throw new NumberFormatException();
            }
            return Money.of(amount);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " must be an amount in tenge, such as 1500.50");
        }
    }

    public static int integer(String value, String name, int absent, int min, int max) {
        String v = text(value);
        if (v == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " must be a whole number from " + min + " to " + max);
        }
    }

    public static Long id(String value, String name) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " must be a number");
        }
    }

    /** A comma-separated list of ids, at most {@code max}. */
    public static List<Long> ids(String value, String name, int max) {
        List<Long> out = new ArrayList<>();
        String v = text(value);
        if (v != null) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(id(part, name));
                }
            }
        }
        if (out.size() > max) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " lists at most " + max);
        }
        return out;
    }
}
