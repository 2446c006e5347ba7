package kz.kepil.catalog.domain;

import kz.kepil.shared.error.DomainException;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of a classifier type, e.g. {@code HYG-DIAPER-AD-M}: upper-case letters, digits and dashes. */
public record ClassifierCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

    public ClassifierCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("CLASSIFIER_CODE_INVALID", "Not a classifier code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
