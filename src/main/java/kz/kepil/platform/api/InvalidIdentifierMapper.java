package kz.kepil.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.kepil.shared.domain.InvalidIdentifierException;

import java.util.logging.Logger;

/** An IIN or BIN that fails its format or check digit: 400 with IIN_INVALID or BIN_INVALID. */
@Provider
public class InvalidIdentifierMapper implements ExceptionMapper<InvalidIdentifierException> {

    private static final Logger LOG = Logger.getLogger(InvalidIdentifierMapper.class.getName());

    @Override
    public Response toResponse(InvalidIdentifierException e) {
        LOG.info(() -> "refused " + e.code() + ": " + e.getMessage());
        return Problem.of(400, e.code(), e.getMessage()).toResponse();
    }
}
