package kz.kepil.ordering.domain;

/**
 * The coded reasons a sanatorium may cancel a stay it accepted, up to three working days before arrival
 * (DOMAIN.md §4.7, 000:L5507-5518): it applied for exclusion from the registry, the beneficiary did not give
 * the full set of documents the rules ask for, the application's data on sex do not match, or force majeure.
 */
public enum SupplierCancellationReason {
    APPLIED_FOR_EXCLUSION, DOCUMENTS_INCOMPLETE, SEX_MISMATCH, FORCE_MAJEURE
}
