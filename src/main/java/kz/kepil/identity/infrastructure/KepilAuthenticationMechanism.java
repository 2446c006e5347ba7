package kz.kepil.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.kepil.identity.application.EdsSignIn;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Sessions;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.platform.api.Problem;
import kz.kepil.shared.error.DomainException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Who is calling, for the API and the pages alike:
 * <ul>
 * <li>{@code Authorization: Bearer <token>}: an API session; an unknown, expired or revoked token is
 * refused at once with a problem, never served anonymously;</li>
 * <li>a form post to {@value #SIGN_IN_PATH} with a nonce signed by the authentication key: the browser
 * signs in, the HTTP session gets a new id and keeps the user;</li>
 * <li>otherwise the user kept in the HTTP session, with the roles the record holds now, so a revoked
 * role takes effect at the next request;</li>
 * <li>else the request goes on anonymously: public pages serve it, protected resources answer 401.</li>
 * </ul>
 */
@ApplicationScoped
public class KepilAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/eds-login";
    static final String SESSION_USER = "kepil.userId";
    private static final Logger LOG = Logger.getLogger(KepilAuthenticationMechanism.class.getName());
    private static final String PREFIX = "Bearer ";
    /** This runs before JAX-RS: problems are written here with the same JSON-B shape the API uses. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Sessions sessions;

    @Inject
    EdsSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                return bearer(header.substring(PREFIX.length()).trim(), request, response, context);
            }
            if ("POST".equals(request.getMethod()) && SIGN_IN_PATH.equals(request.getServletPath())) {
                return browserSignIn(request, response, context);
            }
            return sessionUser(request, context);
        } catch (RuntimeException e) {
            // This runs before the API's exception mapping: answer with a problem here too.
            LOG.log(Level.SEVERE, "authentication failed", e);
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "AUTHENTICATION_UNAVAILABLE",
                    "Sign-in cannot be checked right now; try again shortly.");
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Optional<KepilPrincipal> principal = sessions.authenticate(token);
        if (principal.isEmpty()) {
            LOG.info(() -> "refused TOKEN_INVALID for " + request.getRequestURI());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "TOKEN_INVALID",
                    "The bearer token is unknown, expired or revoked; sign in again.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return login(context, principal.get());
    }

    private AuthenticationStatus browserSignIn(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        UserAccount user;
        try {
            user = signIn.signInBrowser(request.getParameter("nonce"), request.getParameter("cms"));
        } catch (DomainException e) {
            LOG.info(() -> "browser sign-in refused: " + e.code());
            redirect(response, request.getContextPath() + "/login.xhtml?error=" + URLEncoder.encode(e.code(), StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, user.id());
        return login(context, KepilPrincipal.of(user));
    }

    private AuthenticationStatus sessionUser(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object userId = session == null ? null : session.getAttribute(SESSION_USER);
        if (!(userId instanceof Long id)) {
            return context.doNothing();
        }
        Optional<KepilPrincipal> principal = sessions.principalOf(id);
        if (principal.isEmpty()) {
            session.invalidate();
            return context.doNothing();
        }
        return login(context, principal.get());
    }

    private static AuthenticationStatus login(HttpMessageContext context, KepilPrincipal principal) {
        Set<String> groups = principal.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(principal, groups);
    }

    private static void redirect(HttpServletResponse response, String location) {
        try {
            response.sendRedirect(location);
        } catch (IOException e) {
            LOG.fine(() -> "client went away: " + e.getMessage());
        }
    }

    private static void problem(HttpServletResponse response, int status, String code, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.toJson(Problem.of(status, code, detail)));
        } catch (IOException e) {
            LOG.fine(() -> "client went away: " + e.getMessage());
        }
    }
}
