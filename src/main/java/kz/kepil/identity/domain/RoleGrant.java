package kz.kepil.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/** One role held by a user, with the supplier or akimat it is limited to, and who granted it when. */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Role role;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "akimat_code", length = 20)
    private String akimatCode;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 200)
    private String grantedBy;

    protected RoleGrant() {
    }

    RoleGrant(Role role, Long supplierId, String akimatCode, Instant grantedAt, String grantedBy) {
        this.role = Objects.requireNonNull(role);
        this.supplierId = supplierId;
        this.akimatCode = akimatCode;
        this.grantedAt = Objects.requireNonNull(grantedAt);
        this.grantedBy = Objects.requireNonNull(grantedBy);
    }

    public Role role() {
        return role;
    }

    public Long supplierId() {
        return supplierId;
    }

    public String akimatCode() {
        return akimatCode;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String grantedBy() {
        return grantedBy;
    }

    @Override
    public String toString() {
        return role + (supplierId != null ? "@supplier:" + supplierId : "") + (akimatCode != null ? "@akimat:" + akimatCode : "");
    }
}
