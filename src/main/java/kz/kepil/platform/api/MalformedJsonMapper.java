package kz.kepil.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Logger;

/** A body that is not JSON, or JSON of the wrong shape for the resource. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    private static final Logger LOG = Logger.getLogger(MalformedJsonMapper.class.getName());

    @Override
    public Response toResponse(JsonbException e) {
        LOG.info(() -> "refused MALFORMED_JSON: " + e.getMessage());
        return Problem.of(400, "MALFORMED_JSON", "The request body is not valid JSON of the expected shape.")
                .toResponse();
    }
}
