package kz.kepil.ordering.domain;

import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Excess;
import kz.kepil.catalog.domain.WheelchairKind;
import kz.kepil.shared.error.DomainException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an order must keep beyond its entitlement (DOMAIN.md §2), judged on what the beneficiary
 * has received and has on order:
 * <ul>
 * <li>the yearly norm of the type's norm group (diapers of every size share 1460 a year): above it an
 * order is refused, or, for types whose excess is at the beneficiary's own expense, the units above
 * the norm are paid wholly by the beneficiary;</li>
 * <li>the quarterly minimum (hygiene means supplied a quarter at a time: diapers at least 360, urine and
 * colostomy bags and absorbent sheets 90, spina-bifida catheters 540): an order of such a type takes at
 * least the quarterly minimum, unless less than that is left, of the entitlement or of the yearly norm
 * this year, and then it takes all that is left, so the remainder is not split into lots smaller than a
 * quarter's supply;</li>
 * <li>the replacement period: the same type is not ordered again before the period from the date the
 * last one was received has ended;</li>
 * <li>the wheelchair combination: at one time one room and one walking wheelchair, or one universal or
 * stretcher-chair; a wheelchair counts while its replacement period runs or while it is on order.</li>
 * </ul>
 */
public final class OrderingRules {

    private static final Set<WheelchairKind> PAIRED = EnumSet.of(WheelchairKind.ROOM, WheelchairKind.WALKING);
    private static final Set<WheelchairKind> SINGLE = EnumSet.of(WheelchairKind.UNIVERSAL, WheelchairKind.STRETCHER_CHAIR);

    private OrderingRules() {
    }

    /**
     * Something the beneficiary has: received on {@code on}, or on order since {@code on} ({@code received}
     * false). {@code type} is its classifier type.
     */
    public record Held(ClassifierType type, int quantity, LocalDate on, boolean received) {
    }

    /**
     * How many of {@code quantity} units the state pays for under the yearly norm; refuses with
     * {@code NORM_EXCEEDED} where the excess is not at the beneficiary's own expense.
     */
    public static int coveredUnits(ClassifierType type, int quantity, LocalDate today, List<Held> held) {
        if (type.yearlyNorm().isEmpty()) {
            return quantity;
        }
        int left = normLeft(type, today, held);
        if (quantity <= left) {
            return quantity;
        }
        if (type.excess() == Excess.OWN_EXPENSE) {
            return left;
        }
        throw DomainException.rule("NORM_EXCEEDED", "The yearly norm of " + type.yearlyNorm().getAsInt() + " leaves " + left
                + " this year");
    }

    /** What the yearly norm of the type's norm group leaves this (calendar) year after what is held. */
    private static int normLeft(ClassifierType type, LocalDate today, List<Held> held) {
        int used = held.stream().filter(h -> h.type().normGroup().equals(type.normGroup()))
                .filter(h -> h.on().getYear() == today.getYear()).mapToInt(Held::quantity).sum();
        return Math.max(0, type.yearlyNorm().getAsInt() - used);
    }

    /**
     * Refuses with {@code BELOW_QUARTERLY_MINIMUM} an order of a type with a quarterly minimum that takes
     * less than the minimum, unless what is left (the least of the entitlement's remaining quantity and, for
     * a type with a yearly norm, what the norm leaves this year) is below the minimum and the order takes
     * exactly that. An order above what is left is for the other rules to refuse.
     */
    public static void checkQuarterlyMinimum(ClassifierType type, int quantity, int entitlementRemaining, LocalDate today,
                                             List<Held> held) {
        if (type.quarterlyMin().isEmpty()) {
            return;
        }
        int minimum = type.quarterlyMin().getAsInt();
        if (quantity >= minimum) {
            return;
        }
        int left = type.yearlyNorm().isPresent() ? Math.min(entitlementRemaining, normLeft(type, today, held)) : entitlementRemaining;
        if (left < minimum && quantity == left) {
            return;
        }
        throw DomainException.rule("BELOW_QUARTERLY_MINIMUM", "An order of " + type.code() + " takes at least " + minimum
                + ", a quarter's supply" + (left < minimum ? ", or all " + left + " that is left" : "") + "; this one takes " + quantity);
    }

    /** Refuses an order of a type received before its replacement period ended. */
    public static void checkReplacement(ClassifierType type, LocalDate today, List<Held> held) {
        if (type.replacementMonths().isEmpty()) {
            return;
        }
        int months = type.replacementMonths().getAsInt();
        held.stream().filter(Held::received).filter(h -> h.type().code().equals(type.code()))
                .filter(h -> today.isBefore(h.on().plusMonths(months))).findFirst().ifPresent(h -> {
                    throw DomainException.rule("REPLACEMENT_PERIOD_NOT_ENDED",
                            "The last one was received on " + h.on() + "; it may be replaced from " + h.on().plusMonths(months));
                });
    }

    /** Refuses a wheelchair that the combination rule does not allow beside those held. */
    public static void checkWheelchairs(ClassifierType type, LocalDate today, List<Held> held) {
        if (type.wheelchairKind().isEmpty()) {
            return;
        }
        WheelchairKind wanted = type.wheelchairKind().get();
        if (!PAIRED.contains(wanted) && !SINGLE.contains(wanted)) {
            return;
        }
        Set<WheelchairKind> current = EnumSet.noneOf(WheelchairKind.class);
        for (Held h : held) {
            if (h.type().wheelchairKind().isEmpty()) {
                continue;
            }
            boolean counts = !h.received() || h.type().replacementMonths().isEmpty()
                    || today.isBefore(h.on().plusMonths(h.type().replacementMonths().getAsInt()));
            if (counts) {
                current.add(h.type().wheelchairKind().get());
            }
        }
        boolean allowed = PAIRED.contains(wanted)
                ? !current.contains(wanted) && current.stream().noneMatch(SINGLE::contains)
                : current.stream().noneMatch(k -> PAIRED.contains(k) || SINGLE.contains(k));
        if (!allowed) {
            throw DomainException.rule("WHEELCHAIR_COMBINATION", "At one time one room and one walking wheelchair, or one "
                    + "universal or stretcher-chair; held now: " + current);
        }
    }
}
