package kz.kepil.reimbursement.domain;

/**
 * A payment register: built (DRAFT; a large one is BUILDING first, while a batch job writes its lines),
 * approved with EDS by a second person (APPROVED), paid (PAID); a draft its maker gave up, or a build that
 * found no claim left, is DISCARDED.
 */
public enum RegisterStatus {
    BUILDING, DRAFT, APPROVED, PAID, DISCARDED
}
