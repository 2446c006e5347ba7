package kz.kepil.reimbursement.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.reimbursement.application.RegisterBuildSteps;

/** The last step: the lines counted and summed, the register a DRAFT (or DISCARDED, with no line). */
@Named("registerTotalBatchlet")
@Dependent
public class RegisterTotalBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String registerId;

    @Inject
    RegisterBuildSteps steps;

    @Override
    public String process() {
        return steps.finish(Long.parseLong(registerId)).map(r -> r.status().name()).orElse("NOT_BUILDING");
    }
}
