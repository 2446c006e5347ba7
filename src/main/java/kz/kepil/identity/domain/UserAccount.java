package kz.kepil.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who uses the portal, identified by IIN (one account per IIN), possibly on behalf of an
 * organisation identified by BIN. Holds the roles granted to them; each role that acts for a
 * supplier or an akimat names which one. Roles change only through {@link #grant} and
 * {@link #revoke}, and every change is audited by the caller's use case.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.byIin", query = "SELECT u FROM UserAccount u WHERE u.iin = :iin")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "iin", nullable = false, unique = true, length = 12)
    private String iin;

    @Column(name = "bin", length = 12)
    private String bin;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    private List<RoleGrant> roles = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected UserAccount() {
    }

    public UserAccount(Iin iin, Bin bin, String fullName, String email, String phone, Instant createdAt) {
        this.iin = iin.value();
        this.bin = bin == null ? null : bin.value();
        this.fullName = requireText(fullName, "fullName");
        this.email = email;
        this.phone = phone;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Grants a role, replacing an earlier grant of the same role and scope. A supplier role must name
     * the supplier and an akimat role the akimat; other roles name neither.
     */
    public RoleGrant grant(Role role, Long supplierId, String akimatCode, Instant at, String by) {
        boolean needsSupplier = role.scope() == Role.Scope.SUPPLIER;
        boolean needsAkimat = role.scope() == Role.Scope.AKIMAT;
        if (needsSupplier != (supplierId != null) || needsAkimat != (akimatCode != null && !akimatCode.isBlank())) {
            throw DomainException.invalid("ROLE_SCOPE_INVALID", switch (role.scope()) {
                case SUPPLIER -> role + " must name the supplier (supplierId) and no akimat";
                case AKIMAT -> role + " must name the akimat (akimatCode) and no supplier";
                case NONE -> role + " is not limited to a supplier or an akimat";
            });
        }
        roles.removeIf(g -> g.role() == role && Objects.equals(g.supplierId(), supplierId)
                && Objects.equals(g.akimatCode(), akimatCode));
        RoleGrant grant = new RoleGrant(role, supplierId, akimatCode, at, by);
        roles.add(grant);
        return grant;
    }

    /** Takes every grant of the role away; refuses if the user does not hold it. */
    public void revoke(Role role) {
        if (!roles.removeIf(g -> g.role() == role)) {
            throw DomainException.conflict("ROLE_NOT_HELD", "The user does not hold " + role);
        }
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(g -> g.role() == role);
    }

    public Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** The supplier the user acts for when one is meant: the first (lowest id) of {@link #supplierIds()}. */
    public Optional<Long> supplierId() {
        return supplierIds().stream().min(Long::compare);
    }

    /** Every supplier the user works for. */
    public Set<Long> supplierIds() {
        return roles.stream().map(RoleGrant::supplierId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The suppliers for which the user holds this role. */
    public Set<Long> supplierIdsWith(Role role) {
        return roles.stream().filter(g -> g.role() == role).map(RoleGrant::supplierId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The akimat the user works for, if any akimat role is held. */
    public Optional<String> akimatCode() {
        return roles.stream().map(RoleGrant::akimatCode).filter(Objects::nonNull).findFirst();
    }

    /** A summary for the audit trail. */
    public String auditSummary() {
        return "iin=" + iin + (bin != null ? " bin=" + bin : "") + " roles=" + roles.stream()
                .map(RoleGrant::toString).sorted().collect(Collectors.joining(",", "[", "]"));
    }

    public Long id() {
        return id;
    }

    public Iin iin() {
        return Iin.of(iin);
    }

    public Optional<Bin> bin() {
        return Optional.ofNullable(bin).map(Bin::of);
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<RoleGrant> roles() {
        return Collections.unmodifiableList(roles);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " is required");
        }
        return value.strip();
    }
}
