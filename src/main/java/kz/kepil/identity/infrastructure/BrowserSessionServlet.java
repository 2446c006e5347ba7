package kz.kepil.identity.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Workspaces;

import java.io.IOException;

/**
 * Where the browser lands after signing in ({@code /eds-login}, once the authentication mechanism has
 * accepted the signed nonce) and where it signs out ({@code /eds-logout}). Both take form posts only.
 */
@WebServlet(urlPatterns = {KepilAuthenticationMechanism.SIGN_IN_PATH, BrowserSessionServlet.SIGN_OUT_PATH})
public class BrowserSessionServlet extends HttpServlet {

    static final String SIGN_OUT_PATH = "/eds-logout";

    @Inject
    transient CurrentCaller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String context = request.getContextPath();
        if (SIGN_OUT_PATH.equals(request.getServletPath())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.sendRedirect(context + "/");
            return;
        }
        KepilPrincipal principal = caller.principal().orElse(null);
        if (principal == null) {
            response.sendRedirect(context + "/login.xhtml?error=NOT_AUTHENTICATED");
            return;
        }
        response.sendRedirect(context + Workspaces.safeReturnTo(request.getParameter("returnTo"))
                .orElseGet(() -> Workspaces.of(principal.roles())));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
