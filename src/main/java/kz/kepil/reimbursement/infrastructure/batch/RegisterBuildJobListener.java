package kz.kepil.reimbursement.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.reimbursement.application.RegisterBuildSteps;

/** Records on the register which execution builds it (a start, a restart or a fresh start after a crash). */
@Named("registerBuildJobListener")
@Dependent
public class RegisterBuildJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String registerId;

    @Inject
    JobContext job;

    @Inject
    RegisterBuildSteps steps;

    @Override
    public void beforeJob() {
        steps.executionStarted(Long.parseLong(registerId), job.getExecutionId());
    }
}
