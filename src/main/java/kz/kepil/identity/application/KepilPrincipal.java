package kz.kepil.identity.application;

import jakarta.security.enterprise.CallerPrincipal;
import kz.kepil.identity.domain.Role;

import java.util.Set;

/**
 * The signed-in caller as every use case sees it. Its name is the IIN; the roles, supplier and akimat
 * come from the user's record at sign-in.
 */
public class KepilPrincipal extends CallerPrincipal {

    private final long userId;
    private final Set<Role> roles;
    private final Long supplierId;
    private final java.util.Set<Long> supplierIds;
    private final java.util.Set<Long> signatoryFor;
    private final String akimatCode;

    public KepilPrincipal(long userId, String iin, Set<Role> roles, Set<Long> supplierIds, Set<Long> signatoryFor,
                          String akimatCode) {
        super(iin);
        this.userId = userId;
        this.roles = Set.copyOf(roles);
        this.supplierIds = Set.copyOf(supplierIds);
        this.signatoryFor = Set.copyOf(signatoryFor);
        this.supplierId = supplierIds.stream().min(Long::compare).orElse(null);
        this.akimatCode = akimatCode;
    }

    /** The caller as the user's record stands now. */
    public static KepilPrincipal of(kz.kepil.identity.domain.UserAccount user) {
        return new KepilPrincipal(user.id(), user.iin().value(), user.roleSet(), user.supplierIds(),
                user.supplierIdsWith(Role.SUPPLIER_SIGNATORY),
                user.akimatCode().orElse(null));
    }

    public long userId() {
        return userId;
    }

    public String iin() {
        return getName();
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long supplierId() {
        return supplierId;
    }

    /** Every supplier the caller works for. */
    public java.util.Set<Long> supplierIds() {
        return supplierIds;
    }

    /** Whether the caller is on the staff of this supplier: its manager or its signatory. */
    public boolean worksFor(long supplierId) {
        return (roles.contains(Role.SUPPLIER_MANAGER) || roles.contains(Role.SUPPLIER_SIGNATORY))
                && supplierIds.contains(supplierId);
    }

    /** Whether the caller signs for this supplier (a signatory of another supplier does not). */
    public boolean signsFor(long supplierId) {
        return signatoryFor.contains(supplierId);
    }

    public String akimatCode() {
        return akimatCode;
    }
}
