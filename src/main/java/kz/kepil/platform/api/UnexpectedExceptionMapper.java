package kz.kepil.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.kepil.shared.error.DomainException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else is our failure: logged with an incident id the client can quote. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        // Transactions and interceptors may wrap a refusal; the refusal is what the client needs.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return new DomainExceptionMapper().toResponse(domain);
            }
            if (cause instanceof OptimisticLockException) {
                return concurrentModification();
            }
        }
        if (e instanceof OptimisticLockException) {
            return concurrentModification();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "INTERNAL_ERROR", "The server failed; quote incident " + incident + ".").toResponse();
    }

    private static Response concurrentModification() {
        LOG.info("refused CONCURRENT_MODIFICATION");
        return Problem.of(409, "CONCURRENT_MODIFICATION",
                "Someone else changed this at the same time; reload it and try again.").toResponse();
    }
}
