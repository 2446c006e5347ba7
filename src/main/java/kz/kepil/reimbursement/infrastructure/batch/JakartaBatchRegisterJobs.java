package kz.kepil.reimbursement.infrastructure.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kepil.reimbursement.application.RegisterBuildJobs;

import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The register build as a Jakarta Batch job of the portal's runtime. The runtime's job repository is the
 * one the server configures (Payara Micro: its own embedded database, which lives as long as the server);
 * the register's own row, committed with every chunk, is what a build continues from when the repository
 * has forgotten it.
 */
@ApplicationScoped
public class JakartaBatchRegisterJobs implements RegisterBuildJobs {

    static final String JOB = "payment-register-build";

    /** Executions created before this are of an earlier run of the portal, whatever their repository says. */
    private final Instant since = Instant.now();

    @Override
    public long start(Parameters p) {
        Properties parameters = new Properties();
        parameters.setProperty("registerId", Long.toString(p.registerId()));
        parameters.setProperty("chunkSize", Integer.toString(p.chunkSize()));
        if (p.failAfterChunks() > 0) {
            parameters.setProperty("failAfterChunks", Integer.toString(p.failAfterChunks()));
        }
        return operator().start(JOB, parameters);
    }

    @Override
    public long restart(long executionId) {
        JobOperator operator = operator();
        Properties before = operator.getParameters(executionId);
        Properties parameters = new Properties();
        parameters.setProperty("registerId", before.getProperty("registerId"));
        parameters.setProperty("chunkSize", before.getProperty("chunkSize", "1000"));
        return operator.restart(executionId, parameters);
    }

    @Override
    public Optional<State> state(long executionId, long registerId) {
        JobExecution execution;
        try {
            execution = operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
        Properties parameters = execution.getJobParameters();
        if (!JOB.equals(execution.getJobName()) || parameters == null
                || !Long.toString(registerId).equals(parameters.getProperty("registerId"))
                || execution.getCreateTime() == null || execution.getCreateTime().toInstant().isBefore(since)) {
            return Optional.empty();
        }
        return Optional.of(switch (execution.getBatchStatus()) {
            case STARTING, STARTED, STOPPING -> State.RUNNING;
            case STOPPED, FAILED -> State.RESTARTABLE;
            case COMPLETED, ABANDONED -> State.ENDED;
        });
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
