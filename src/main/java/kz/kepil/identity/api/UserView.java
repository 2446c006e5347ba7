package kz.kepil.identity.api;

import kz.kepil.identity.domain.RoleGrant;
import kz.kepil.identity.domain.UserAccount;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: {@code supplierId} and {@code akimatCode} as in API.md's login answer. */
public record UserView(long id, String iin, String bin, String fullName, String email, String phone,
                       List<String> roles, Long supplierId, String akimatCode, List<GrantView> grants) {

    /** One role grant with its scope. */
    public record GrantView(String role, Long supplierId, String akimatCode, Instant grantedAt, String grantedBy) {
        static GrantView of(RoleGrant g) {
            return new GrantView(g.role().name(), g.supplierId(), g.akimatCode(), g.grantedAt(), g.grantedBy());
        }
    }

    public static UserView of(UserAccount u) {
        return new UserView(u.id(), u.iin().value(), u.bin().map(Object::toString).orElse(null), u.fullName(),
                u.email(), u.phone(), u.roleSet().stream().map(Enum::name).toList(), u.supplierId().orElse(null),
                u.akimatCode().orElse(null), u.roles().stream().map(GrantView::of).toList());
    }
}
