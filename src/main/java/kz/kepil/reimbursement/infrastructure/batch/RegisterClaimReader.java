package kz.kepil.reimbursement.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.reimbursement.application.RegisterBuildSteps;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

/**
 * Reads the ids of the register's READY claims in id order, a page (one chunk's worth) at a time after
 * the last id read. Its checkpoint is the last claim id; it opens after the last claim the register's row
 * says was written, which is committed with each chunk and so holds also when the job is started afresh.
 */
@Named("registerClaimReader")
@Dependent
public class RegisterClaimReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(RegisterClaimReader.class.getName());

    @Inject
    @BatchProperty
    String registerId;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    RegisterBuildSteps steps;

    private RegisterBuildSteps.Position position;
    private long last;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        position = steps.position(Long.parseLong(registerId)).orElse(null);
        if (position == null) {
            return;
        }
        last = position.afterClaimId();
        if (checkpoint instanceof Long at && at != last) {
            LOG.info(() -> "register " + registerId + ": checkpoint at claim " + at + ", the register's last chunk at " + last
                    + "; continuing after " + last);
        }
    }

    @Override
    public Object readItem() {
        if (position == null) {
            return null;
        }
        if (page.isEmpty()) {
            page.addAll(steps.readyClaims(position, last, Math.max(1, Integer.parseInt(pageSize))));
            if (page.isEmpty()) {
                return null;
            }
        }
        last = page.poll();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
