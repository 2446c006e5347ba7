package kz.kepil.platform.web;

import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A price as people type it in any of the portal's languages: "180", "180.50", "180,50", "1 234,50",
 * "1 234,50 ₸". Group separators (spaces, no-break spaces) and the tenge sign are ignored; a point or a
 * comma separates at most two digits of tiyn. Anything else is not a price.
 */
public final class TengeInput {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}([.,]\\d{1,2})?");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0\\u202F₸]+");

    private TengeInput() {
    }

    public static Optional<Money> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = IGNORED.matcher(typed).replaceAll("");
        if (!AMOUNT.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(Money.of(new BigDecimal(plain.replace(',', '.'))));
    }
}
