package kz.kepil.identity.application;

import kz.kepil.identity.domain.Role;

import java.util.Optional;
import java.util.Set;

/** Which workspace a user lands in, by their roles, and which return addresses are safe to follow. */
public final class Workspaces {

    private Workspaces() {
    }

    /** The landing page of the user's main role; staff roles before the beneficiary's cabinet. */
    public static String of(Set<Role> roles) {
        if (roles.contains(Role.AUTHORITY) || roles.contains(Role.AUDITOR) || roles.contains(Role.ESOBES)
                || roles.contains(Role.SMS_GATEWAY)) {
            return "/admin/index.xhtml";
        }
        if (roles.contains(Role.AKIMAT_SPECIALIST) || roles.contains(Role.FINANCE_OFFICER)
                || roles.contains(Role.FINANCE_APPROVER)) {
            return "/akimat/index.xhtml";
        }
        if (roles.contains(Role.SUPPLIER_SIGNATORY) || roles.contains(Role.SUPPLIER_MANAGER)) {
            return "/supplier/index.xhtml";
        }
        return "/cabinet/index.xhtml";
    }

    /**
     * The roles that may open the pages under a workspace path, or empty for public pages. The
     * auditor reads everything, so every workspace admits the auditor.
     */
    public static Optional<Set<Role>> audienceOf(String path) {
        if (path.startsWith("/cabinet/")) {
            return Optional.of(Set.of(Role.BENEFICIARY, Role.REPRESENTATIVE, Role.AUDITOR));
        }
        if (path.startsWith("/supplier/")) {
            return Optional.of(Set.of(Role.SUPPLIER_MANAGER, Role.SUPPLIER_SIGNATORY, Role.AUDITOR));
        }
        if (path.startsWith("/akimat/")) {
            return Optional.of(Set.of(Role.AKIMAT_SPECIALIST, Role.FINANCE_OFFICER, Role.FINANCE_APPROVER, Role.AUDITOR));
        }
        if (path.startsWith("/admin/")) {
            return Optional.of(Set.of(Role.AUTHORITY, Role.AUDITOR));
        }
        return Optional.empty();
    }

    /** A return address inside the portal ("/path…"), never another site ("//host", "http:…", "/\\host"). */
    public static Optional<String> safeReturnTo(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n") || returnTo.length() > 500) {
            return Optional.empty();
        }
        return Optional.of(returnTo);
    }
}
