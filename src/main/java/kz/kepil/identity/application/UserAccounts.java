package kz.kepil.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.identity.domain.Role;
import kz.kepil.identity.domain.RoleGrant;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;

import java.time.Clock;
import java.util.Optional;

/** Registering users and granting or revoking their staff roles; every change is audited. */
@ApplicationScoped
public class UserAccounts {

    static final String ENTITY = "UserAccount";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Regions regions;

    public Optional<UserAccount> byIin(Iin iin) {
        return em.createNamedQuery("UserAccount.byIin", UserAccount.class)
                .setParameter("iin", iin.value())
                .getResultStream().findFirst();
    }

    public UserAccount byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> DomainException.notFound("user", id));
    }

    /** Creates the account for a person seen for the first time; the IIN must be new. */
    @Transactional
    public UserAccount register(Iin iin, Bin bin, String fullName, String email, String phone) {
        if (byIin(iin).isPresent()) {
            throw DomainException.conflict("USER_EXISTS", "A user with this IIN is already registered");
        }
        UserAccount user = new UserAccount(iin, bin, fullName, email, phone, clock.instant());
        em.persist(user);
        em.flush();
        audit.record(ENTITY, user.id(), "REGISTERED", null, user.auditSummary());
        return user;
    }

    /** The authorised body grants a staff role (or any role) to a user. */
    @Transactional
    public RoleGrant grant(long userId, Role role, Long supplierId, String akimatCode) {
        requireAuthority();
        return grantRole(userId, role, supplierId, akimatCode);
    }

    /** The role a person's first sign-in gives them by right of who they are, e.g. a beneficiary. */
    @Transactional(Transactional.TxType.MANDATORY)
    RoleGrant grantOnFirstSignIn(long userId, Role role) {
        if (role.isStaff()) {
            throw new IllegalArgumentException(role + " is granted by the authorised body only");
        }
        return grantRole(userId, role, null, null);
    }

    /**
     * A supplier role that follows from the registry: the person who applied for a supplier manages it,
     * the person whose certificate validly signed its contract signs for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoleGrant grantSupplierStaffRole(long userId, Role role, long supplierId) {
        if (role.scope() != Role.Scope.SUPPLIER) {
            throw new IllegalArgumentException(role + " is not a supplier role");
        }
        return grantRole(userId, role, supplierId, null);
    }

    private RoleGrant grantRole(long userId, Role role, Long supplierId, String akimatCode) {
        UserAccount user = byId(userId);
        if (akimatCode != null && !akimatCode.isBlank()) {
            regions.requireAkimat(akimatCode);
        }
        String before = user.auditSummary();
        RoleGrant grant = user.grant(role, supplierId, blankToNull(akimatCode), clock.instant(), caller.name());
        audit.record(ENTITY, user.id(), "ROLE_GRANTED", before, user.auditSummary());
        return grant;
    }

    @Transactional
    public void revoke(long userId, Role role) {
        requireAuthority();
        UserAccount user = byId(userId);
        String before = user.auditSummary();
        user.revoke(role);
        audit.record(ENTITY, user.id(), "ROLE_REVOKED", before, user.auditSummary());
    }

    private void requireAuthority() {
        if (!caller.hasRole(Role.AUTHORITY)) {
            throw DomainException.forbidden("Only the authorised body grants and revokes roles");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
