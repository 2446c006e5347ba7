package kz.kepil.shared.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An individual identification number (ЖСН / ИИН): twelve digits, the last a check digit.
 *
 * <p>Digits 1–6 are the birth date as YYMMDD and digit 7 gives century and sex: 1/2 born in the 1800s, 3/4 in
 * the 1900s, 5/6 in the 2000s, odd male and even female. A 0 there marks a number issued to a foreign citizen
 * with no date or sex encoded; such a number is valid and {@link #birthDate()} and {@link #sex()} are empty.
 * The values 7–9 of that digit are not issued and are refused. When a century is present the encoded date must
 * exist on the calendar; whether it lies in the future is not checked, since that needs a clock and the number
 * itself does not change meaning over time.
 */
public final class Iin {

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    public Iin(String value) {
        if (!KzIdentifiers.isDigits(value, 12)) {
            throw invalid("An IIN is exactly 12 digits, got: " + value);
        }
        int centuryAndSex = value.charAt(6) - '0';
        if (centuryAndSex > 6) {
            throw invalid("IIN " + value + " has an unknown century/sex digit " + centuryAndSex);
        }
        if (!KzIdentifiers.hasValidCheckDigit(value)) {
            throw invalid("IIN " + value + " has a wrong check digit");
        }
        this.value = value;
        if (centuryAndSex == 0) {
            this.birthDate = null;
            this.sex = null;
        } else {
            int century = 1800 + 100 * ((centuryAndSex - 1) / 2);
            this.birthDate = encodedDate(value, century);
            this.sex = centuryAndSex % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        }
    }

    public static Iin of(String value) {
        return new Iin(value);
    }

    public static boolean isValid(String value) {
        try {
            new Iin(value);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    /** Empty for a foreign citizen's number, which encodes no date. */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** Empty for a foreign citizen's number, which encodes no sex. */
    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    private static LocalDate encodedDate(String value, int century) {
        int year = century + KzIdentifiers.number(value, 0, 2);
        int month = KzIdentifiers.number(value, 2, 4);
        int day = KzIdentifiers.number(value, 4, 6);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid("IIN " + value + " encodes a birth date that does not exist");
        }
    }

    private static InvalidIdentifierException invalid(String message) {
        return new InvalidIdentifierException(InvalidIdentifierException.IIN_INVALID, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iin && ((Iin) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
