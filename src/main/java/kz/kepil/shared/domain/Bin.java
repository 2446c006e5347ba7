package kz.kepil.shared.domain;

import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A business identification number (БСН / БИН): twelve digits with the same check digit as an IIN.
 *
 * <p>Digits 1–4 are the year and month of registration (YYMM), digit 5 the kind of entity and digit 6 the kind
 * of unit. The constructor checks the check digit, a month of 01–12 and an entity digit of 4, 5 or 6. The unit
 * digit is exposed but not enforced, because the registers use it less consistently than the rest.
 */
public final class Bin {

    /** Digit 5 of a BIN. */
    public enum EntityType {
        RESIDENT_LEGAL_ENTITY,
        NON_RESIDENT_LEGAL_ENTITY,
        JOINT_INDIVIDUAL_ENTREPRENEURSHIP
    }

    /** Digit 6 of a BIN. */
    public enum Unit {
        HEAD_OFFICE,
        BRANCH,
        REPRESENTATIVE_OFFICE,
        PEASANT_FARM
    }

    private final String value;
    private final EntityType entityType;

    public Bin(String value) {
        if (!KzIdentifiers.isDigits(value, 12)) {
            throw invalid("A BIN is exactly 12 digits, got: " + value);
        }
        int month = KzIdentifiers.number(value, 2, 4);
        if (month < 1 || month > 12) {
            throw invalid("BIN " + value + " has registration month " + month);
        }
        this.entityType = switch (value.charAt(4)) {
            case '4' -> EntityType.RESIDENT_LEGAL_ENTITY;
            case '5' -> EntityType.NON_RESIDENT_LEGAL_ENTITY;
            case '6' -> EntityType.JOINT_INDIVIDUAL_ENTREPRENEURSHIP;
            default -> throw invalid("BIN " + value + " has entity type digit " + value.charAt(4) + ", expected 4, 5 or 6");
        };
        if (!KzIdentifiers.hasValidCheckDigit(value)) {
            throw invalid("BIN " + value + " has a wrong check digit");
        }
        this.value = value;
    }

    public static Bin of(String value) {
        return new Bin(value);
    }

    public static boolean isValid(String value) {
        try {
            new Bin(value);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    public EntityType entityType() {
        return entityType;
    }

    /** Empty when digit 6 is not one of the four known unit kinds. */
    public Optional<Unit> unit() {
        int digit = value.charAt(5) - '0';
        return digit < Unit.values().length ? Optional.of(Unit.values()[digit]) : Optional.empty();
    }

    /**
     * The month of registration. BINs carry a two-digit year and entities registered in the 1990s keep their
     * original date, so the year is read as 20YY unless that lies after the current year in Kazakhstan, in which
     * case it is 19YY.
     */
    public YearMonth registrationMonth() {
        return registrationMonthAsOf(Year.now(KzTime.ALMATY).getValue());
    }

    YearMonth registrationMonthAsOf(int currentYear) {
        int yy = KzIdentifiers.number(value, 0, 2);
        int year = 2000 + yy <= currentYear ? 2000 + yy : 1900 + yy;
        return YearMonth.of(year, KzIdentifiers.number(value, 2, 4));
    }

    private static InvalidIdentifierException invalid(String message) {
        return new InvalidIdentifierException(InvalidIdentifierException.BIN_INVALID, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bin && ((Bin) o).value.equals(value);
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
