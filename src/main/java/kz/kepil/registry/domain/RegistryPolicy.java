package kz.kepil.registry.domain;

import java.time.Period;

/**
 * The registry's policy numbers (DOMAIN.md §5 "policy"), configurable, with the documented defaults:
 * the supplier may object within 10 working days of exclusion proceedings opening, and a supplier
 * excluded against its will may apply again after 12 months.
 */
public record RegistryPolicy(int objectionWorkingDays, Period readmissionCoolingOff) {

    public static final RegistryPolicy DEFAULT = new RegistryPolicy(10, Period.ofMonths(12));

    public RegistryPolicy {
        if (objectionWorkingDays < 1 || readmissionCoolingOff.isNegative()) {
            throw new IllegalArgumentException("objection window and cooling-off must be positive");
        }
    }
}
