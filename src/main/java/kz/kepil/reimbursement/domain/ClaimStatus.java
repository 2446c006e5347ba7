package kz.kepil.reimbursement.domain;

/** Where a claim stands: checked, then READY to be registered, or FAILED or REJECTED; then registered and paid. */
public enum ClaimStatus {
    PENDING_CHECKS, READY, FAILED, REJECTED, IN_REGISTER, REIMBURSED;

    /** Its checks may run (again): it is in no register and neither paid nor rejected. */
    public boolean checkable() {
        return this == PENDING_CHECKS || this == READY || this == FAILED;
    }
}
