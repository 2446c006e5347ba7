package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.platform.jobs.PeriodicJob;

/** Runs the checks of new claims, each in its own transaction, on the portal's schedule. */
@ApplicationScoped
public class ClaimChecks implements PeriodicJob {

    @Inject
    Claims claims;

    @Override
    public String name() {
        return "claim-checks";
    }

    @Override
    public int run() {
        int done = 0;
        for (long id : claims.pending(200)) {
            if (claims.checkPending(id).isPresent()) {
                done++;
            }
        }
        return done;
    }
}
