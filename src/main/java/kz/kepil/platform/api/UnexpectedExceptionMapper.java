package kz.kepil.platform.api;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.kepil.shared.error.DomainException;

import java.sql.SQLTransactionRollbackException;
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
        }
        if (lostARace(e)) {
            return concurrentModification();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "INTERNAL_ERROR", "The server failed; quote incident " + incident + ".").toResponse();
    }

    /**
     * Another transaction got there first: a stale version, a lock not granted in time, or a deadlock the
     * database broke by rolling this transaction back. Nothing was changed; the client may try again.
     */
    static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private static Response concurrentModification() {
        LOG.info("refused CONCURRENT_MODIFICATION");
        return Problem.of(409, "CONCURRENT_MODIFICATION",
                "Someone else changed this at the same time; reload it and try again.").toResponse();
    }
}
