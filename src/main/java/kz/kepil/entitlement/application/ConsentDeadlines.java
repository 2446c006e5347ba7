package kz.kepil.entitlement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.platform.jobs.PeriodicJob;

/**
 * The silence rule, run by the scheduler at the portal's clock: a replacement whose request for consent
 * went unanswered to the end of its third working day counts as consented, recorded as consent by silence,
 * and joins the queue. Rows are locked, so two runs at once never act twice.
 */
@ApplicationScoped
public class ConsentDeadlines implements PeriodicJob {

    @Inject
    Entitlements entitlements;

    @Override
    public String name() {
        return "replacement-consent";
    }

    @Override
    public int run() {
        return entitlements.passConsentDeadlines();
    }
}
