package kz.kepil.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.UserAccounts;
import kz.kepil.identity.application.Workspaces;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.error.DomainException;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Who is signed in, for the header of every page: their name, their roles and the workspace their
 * main role leads to (the same one sign-in sends them to). Nothing here when nobody is signed in.
 */
@Named("signedIn")
@RequestScoped
public class SignedInView {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAccounts accounts;

    private Optional<KepilPrincipal> principal;
    private String fullName;

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    /** The name on the user's record; the IIN if the record cannot be read. Null when nobody is signed in. */
    public String getFullName() {
        if (fullName == null) {
            fullName = principal().map(this::nameOf).orElse(null);
        }
        return fullName;
    }

    /** The caller's roles in their declared order; empty when nobody is signed in. */
    public List<Role> getRoles() {
        return principal().map(p -> p.roles().stream().sorted().toList()).orElse(List.of());
    }

    /** The view id of the user's workspace, e.g. {@code /cabinet/index.xhtml}; null when nobody is signed in. */
    public String getWorkspace() {
        return principal().map(p -> Workspaces.of(p.roles())).orElse(null);
    }

    /**
     * The workspace's key among the {@code audience.*} texts ({@code cabinet}, {@code supplier},
     * {@code akimat}, {@code admin}): its first path segment. Null when nobody is signed in.
     */
    public String getAudience() {
        return audienceOf(getWorkspace());
    }

    static String audienceOf(String workspace) {
        if (workspace == null) {
            return null;
        }
        int end = workspace.indexOf('/', 1);
        return end < 0 ? workspace.substring(1) : workspace.substring(1, end);
    }

    private Optional<KepilPrincipal> principal() {
        if (principal == null) {
            principal = caller.principal().or(SignedInView::requestPrincipal);
        }
        return principal;
    }

    /**
     * The caller as the request itself knows them. An error page (403 for a workspace that is not the
     * user's) is rendered after the security context of the request has been left, but the user is
     * still signed in and the header must say so.
     */
    private static Optional<KepilPrincipal> requestPrincipal() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Principal principal = faces == null ? null : faces.getExternalContext().getUserPrincipal();
        return principal instanceof KepilPrincipal kepil ? Optional.of(kepil) : Optional.empty();
    }

    private String nameOf(KepilPrincipal p) {
        try {
            return accounts.byId(p.userId()).fullName();
        } catch (DomainException | PersistenceException unreadable) {
            // The session outlived the record, or the database is down and an error page is being shown
            // under this header: the IIN still says who this is.
            return p.iin();
        }
    }
}
