package kz.kepil.identity.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Workspaces;
import kz.kepil.identity.domain.Role;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The workspaces are for their audiences: an anonymous visitor is sent to sign in and brought back,
 * a signed-in user without the audience's role gets the 403 page. Roles are read from Kepil's own
 * principal, as for the API.
 */
@WebFilter(urlPatterns = {"/cabinet/*", "/supplier/*", "/akimat/*", "/admin/*"})
public class WorkspaceAccessFilter extends HttpFilter {

    @Inject
    transient CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Set<Role>> audience = Workspaces.audienceOf(path);
        if (audience.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<KepilPrincipal> principal = caller.principal();
        if (principal.isEmpty()) {
            String here = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        if (audience.get().stream().noneMatch(principal.get()::hasRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
