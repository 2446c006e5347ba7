package kz.kepil.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.platform.jobs.PeriodicJob;

/** Orders whose supplier did not decide within the working days allowed expire, at the portal's clock. */
@ApplicationScoped
public class DecisionDeadlines implements PeriodicJob {

    @Inject
    Orders orders;

    @Override
    public String name() {
        return "decision-deadlines";
    }

    @Override
    public int run() {
        return orders.expireOverdue();
    }
}
