package kz.kepil.platform.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runtime's own refusals (unknown path, wrong method, unsupported media type, a parameter that
 * does not parse) as problems instead of the server's HTML error pages.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Problem problem = Problem.of(status, code(status), detail(status));
        if (status >= 500) {
            LOG.log(Level.SEVERE, "request failed", e);
        } else {
            LOG.info(() -> "refused " + problem.code() + ": " + e.getMessage());
        }
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA).entity(problem);
        if (e instanceof NotAllowedException && e.getResponse() != null) {
            // 405 must say which methods the resource does take.
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    /** Each of the runtime's exceptions has its own status, so the status alone names the code. */
    private static String code(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "NOT_AUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not take that method.";
            case 415 -> "Send the request body as application/json.";
            case 406 -> "This resource answers with application/json.";
            case 401 -> "Sign in first: send Authorization: Bearer <token>.";
            case 403 -> "Your roles do not allow this.";
            default -> status >= 500 ? "The server failed; the incident is logged." : "The request is malformed.";
        };
    }
}
