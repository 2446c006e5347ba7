package kz.kepil.reimbursement.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.reimbursement.application.RegisterBuildSteps;

import java.util.EnumSet;

/** A step that failed or was stopped leaves its reason on the register, for the page and the next attempt. */
@Named("registerBuildStepListener")
@Dependent
public class RegisterBuildStepListener extends AbstractStepListener {

    @Inject
    @BatchProperty
    String registerId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    RegisterBuildSteps steps;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        BatchStatus status = step.getBatchStatus();
        if (failure == null && !EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPING, BatchStatus.STOPPED).contains(status)) {
            return;
        }
        steps.interrupted(Long.parseLong(registerId), "execution " + job.getExecutionId() + ", step " + step.getStepName() + " "
                + (failure != null ? "failed: " + failure : status.name().toLowerCase()));
    }
}
