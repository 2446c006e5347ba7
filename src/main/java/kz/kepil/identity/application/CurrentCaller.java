package kz.kepil.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.error.DomainException;

import java.util.Optional;

/** Who is making the current request, if anyone. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    public Optional<KepilPrincipal> principal() {
        return security.getPrincipalsByType(KepilPrincipal.class).stream().findFirst();
    }

    /** The caller, or a refusal saying sign-in is needed. */
    public KepilPrincipal require() {
        return principal().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED,
                "NOT_AUTHENTICATED", "Sign in first: send Authorization: Bearer <token>."));
    }

    public boolean hasRole(Role role) {
        return principal().map(p -> p.hasRole(role)).orElse(false);
    }

    /** How the audit trail and the records name the caller. */
    public String name() {
        return principal().map(p -> "iin:" + p.iin()).orElse("system");
    }
}
