package kz.kepil.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Sessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A request without the
 * header goes on anonymously (public resources serve it; protected ones answer 401); a request with
 * an unknown, expired or revoked token is refused at once with a problem, never served anonymously.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final String PREFIX = "Bearer ";

    @Inject
    Sessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return context.doNothing();
        }
        Optional<KepilPrincipal> principal;
        try {
            principal = sessions.authenticate(header.substring(PREFIX.length()).trim());
        } catch (RuntimeException e) {
            // This runs before the API's exception mapping: answer with a problem here too.
            LOG.log(Level.SEVERE, "authentication failed", e);
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", "AUTHENTICATION_UNAVAILABLE",
                    "Sessions cannot be checked right now; try again shortly.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (principal.isEmpty()) {
            LOG.info(() -> "refused TOKEN_INVALID for " + request.getRequestURI());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "TOKEN_INVALID",
                    "The bearer token is unknown, expired or revoked; sign in again.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        Set<String> groups = principal.get().roles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(principal.get(), groups);
    }

    private static void problem(HttpServletResponse response, int status, String title, String code, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"urn:kepil:problem:" + code.toLowerCase().replace('_', '-')
                    + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                    + "\",\"code\":\"" + code + "\"}");
        } catch (IOException e) {
            LOG.fine(() -> "client went away: " + e.getMessage());
        }
    }
}
