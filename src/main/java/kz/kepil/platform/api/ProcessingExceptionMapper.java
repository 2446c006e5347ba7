package kz.kepil.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runtime wraps a body it cannot read in a ProcessingException; when the cause is a JSON
 * failure the client sent bad JSON (400), otherwise the server failed (500, logged).
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(ProcessingExceptionMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                LOG.info(() -> "refused MALFORMED_JSON: " + e.getMessage());
                return Problem.of(400, "MALFORMED_JSON", "The request body is not valid JSON of the expected shape.")
                        .toResponse();
            }
        }
        LOG.log(Level.SEVERE, "request processing failed", e);
        return Problem.of(500, "INTERNAL_ERROR", "The server failed; the incident is logged.").toResponse();
    }
}
