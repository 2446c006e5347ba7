package kz.kepil.entitlement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.platform.jobs.PeriodicJob;

/**
 * The selection deadlines, run by the scheduler at the portal's clock: queued measures open in turn, a
 * beneficiary who has not chosen in a month is reminded, one who has not chosen when the window ends
 * is blocked and told why, and measures whose programme ended close. Rows are locked, so two runs at
 * once never act twice.
 */
@ApplicationScoped
public class SelectionDeadlines implements PeriodicJob {

    @Inject
    Entitlements entitlements;

    @Override
    public String name() {
        return "selection-deadlines";
    }

    @Override
    public int run() {
        return entitlements.openQueues() + entitlements.passDeadlines();
    }
}
