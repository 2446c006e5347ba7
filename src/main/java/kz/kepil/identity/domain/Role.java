package kz.kepil.identity.domain;

/**
 * The roles of the public API. A role comes from the user's record; the certificate only proves who
 * the user is. Supplier roles are scoped to one supplier, akimat and finance roles to one akimat.
 */
public enum Role {
    BENEFICIARY(Scope.NONE),
    REPRESENTATIVE(Scope.NONE),
    SUPPLIER_MANAGER(Scope.SUPPLIER),
    SUPPLIER_SIGNATORY(Scope.SUPPLIER),
    AKIMAT_SPECIALIST(Scope.AKIMAT),
    FINANCE_OFFICER(Scope.AKIMAT),
    FINANCE_APPROVER(Scope.AKIMAT),
    AUTHORITY(Scope.NONE),
    AUDITOR(Scope.NONE),
    ESOBES(Scope.NONE),
    /** The SMS gateway: it posts the replies people send to the portal's questions. */
    SMS_GATEWAY(Scope.NONE);

    /** What a grant of the role must name. */
    public enum Scope { NONE, SUPPLIER, AKIMAT }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** Staff roles are granted by the authorised body; the others follow from who the person is. */
    public boolean isStaff() {
        return this != BENEFICIARY && this != REPRESENTATIVE;
    }
}
