package kz.kepil.platform.api;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.kepil.shared.error.DomainException;

import java.util.logging.Logger;

/** A domain refusal becomes the problem its kind and code say; nothing was changed. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Override
    public jakarta.ws.rs.core.Response toResponse(DomainException e) {
        LOG.info(() -> "refused " + e.code() + ": " + e.getMessage());
        jakarta.ws.rs.core.Response response = Problem.of(status(e.kind()), e.code(), e.getMessage()).toResponse();
        if (e.kind() == DomainException.Kind.UNAUTHENTICATED) {
            response.getHeaders().add(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATED -> 422;
        };
    }
}
