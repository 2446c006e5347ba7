package kz.kepil.registry.domain;

import java.time.Period;

/**
 * The registry's policy numbers (DOMAIN.md §5 "policy"), configurable, with the documented defaults:
 * the supplier may object within 10 working days of exclusion proceedings opening; a supplier excluded
 * against its will may apply again after 12 months; 3 orders expired without a decision within 90 days
 * open proceedings.
 */
public record RegistryPolicy(int objectionWorkingDays, Period readmissionCoolingOff, int unansweredOrders,
                             Period unansweredWindow) {

    public static final RegistryPolicy DEFAULT = new RegistryPolicy(10, Period.ofMonths(12), 3, Period.ofDays(90));

    public RegistryPolicy {
        if (objectionWorkingDays < 1 || readmissionCoolingOff.isNegative() || unansweredOrders < 1
                || unansweredWindow.isNegative() || unansweredWindow.isZero()) {
            throw new IllegalArgumentException("the policy numbers are positive");
        }
    }
}
