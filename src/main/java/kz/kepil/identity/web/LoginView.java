package kz.kepil.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kz.kepil.identity.application.Workspaces;

import java.util.Set;

/**
 * What the EDS sign-in page reads from its address: why the last attempt failed ({@code error}, set by
 * the server's sign-in endpoint when it sends the visitor back) and where to go after signing in
 * ({@code returnTo}). Both come from the visitor, so only known codes and paths inside the portal pass.
 */
@Named("loginView")
@RequestScoped
public class LoginView {

    /** The codes the sign-in endpoint sends back; each has its text under {@code page.login.error.*}. */
    static final Set<String> KNOWN_ERRORS = Set.of("SIGNATURE_INVALID", "CERTIFICATE_UNTRUSTED",
            "CERTIFICATE_EXPIRED", "CERTIFICATE_REVOKED", "REVOCATION_STATUS_UNKNOWN", "KEY_USAGE_INVALID",
            "SIGNER_MISMATCH", "NONCE_INVALID", "NOT_AUTHENTICATED");

    /** Stands for any code the page does not know. */
    static final String UNKNOWN = "UNKNOWN";

    public boolean isFailed() {
        return getError() != null;
    }

    /** The failure code when it is a known one, {@value #UNKNOWN} for any other, null when none. */
    public String getError() {
        return errorCode(parameter("error"));
    }

    /** The code as the visitor may quote it to support: only letters and underscores, or nothing. */
    public String getErrorShown() {
        String raw = parameter("error");
        return raw != null && raw.matches("[A-Z_]{1,64}") ? raw : null;
    }

    /** The path to return to after signing in, or the empty string to let the portal choose. */
    public String getReturnTo() {
        return safeReturnTo(parameter("returnTo"));
    }

    static String errorCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return KNOWN_ERRORS.contains(raw) ? raw : UNKNOWN;
    }

    /** Only a path inside this portal, as the sign-in endpoint itself will accept it. */
    static String safeReturnTo(String raw) {
        return Workspaces.safeReturnTo(raw).orElse("");
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
