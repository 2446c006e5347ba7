package kz.kepil.identity.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.error.DomainException;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enforces {@code @RolesAllowed} on resources (the method's annotation wins over the class's):
 * 401 when nobody is signed in, 403 when the caller holds none of the roles. The roles are read
 * from Kepil's own principal, so no server-specific group-to-role mapping is involved.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(EnumSet.noneOf(Role.class), false));
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            boolean anySignedIn = Arrays.asList(allowed.value()).contains(ANY_SIGNED_IN);
            Set<Role> roles = Arrays.stream(allowed.value()).filter(r -> !ANY_SIGNED_IN.equals(r)).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            context.register(new RoleCheck(roles, anySignedIn));
        }
    }

    /** {@code @RolesAllowed(ANY_SIGNED_IN)}: any signed-in caller, whatever their roles. */
    public static final String ANY_SIGNED_IN = "**";

    /** The check for one resource method. */
    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final Set<Role> roles;
        private final boolean anySignedIn;

        RoleCheck(Set<Role> roles, boolean anySignedIn) {
            this.roles = roles;
            this.anySignedIn = anySignedIn;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            KepilPrincipal caller = CDI.current().select(CurrentCaller.class).get().require();
            if (!anySignedIn && roles.stream().noneMatch(caller::hasRole)) {
                throw DomainException.forbidden("This needs one of the roles " + roles);
            }
        }
    }
}
