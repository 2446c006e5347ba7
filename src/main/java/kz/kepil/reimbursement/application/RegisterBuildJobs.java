package kz.kepil.reimbursement.application;

import java.util.Optional;

/**
 * The batch runtime that builds large payment registers (the job of {@link RegisterBuilds}): starts a
 * build, restarts a stopped or failed one where it left off, and tells what became of an execution.
 */
public interface RegisterBuildJobs {

    /** How a job execution stands in the batch runtime. */
    enum State {
        /** Starting, running or being stopped: leave it be. */
        RUNNING,
        /** Stopped or failed: restartable from its last checkpoint. */
        RESTARTABLE,
        /** Completed or abandoned: nothing of it can go on. */
        ENDED
    }

    /** What a build is started with: its register, lines per chunk, and (test portals only) a simulated crash. */
    record Parameters(long registerId, int chunkSize, int failAfterChunks) {
    }

    /** Starts a build; the execution's id. */
    long start(Parameters parameters);

    /** Restarts a stopped or failed execution after its last checkpoint, without any simulated crash; the new execution's id. */
    long restart(long executionId);

    /**
     * The state of an execution of this portal's runtime that builds {@code registerId}: empty when the
     * runtime does not know it (started before the portal last started, or of another register).
     */
    Optional<State> state(long executionId, long registerId);
}
