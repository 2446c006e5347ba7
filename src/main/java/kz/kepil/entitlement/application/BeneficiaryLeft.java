package kz.kepil.entitlement.application;

import java.time.LocalDate;

/**
 * A beneficiary died or moved to another region (E-Sobes said so). Ordering observes it and returns
 * orders at the delivery stage to their suppliers.
 */
public record BeneficiaryLeft(String iin, String why, LocalDate on, String newRegion) {
}
