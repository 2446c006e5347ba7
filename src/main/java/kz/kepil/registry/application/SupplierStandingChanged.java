package kz.kepil.registry.application;

import kz.kepil.registry.domain.SupplierStatus;

/**
 * A supplier's registry state changed. Other contexts observe it after the transaction succeeds: the
 * catalog shows or hides the supplier's products, ordering stops or resumes taking its orders.
 */
public record SupplierStandingChanged(long supplierId, SupplierStatus from, SupplierStatus to) {
}
