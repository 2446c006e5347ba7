package kz.kepil.ordering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.ordering.application.Orders;

import java.time.Clock;
import java.util.List;

/**
 * The cabinet's "my orders": the beneficiary's orders and those of the people they represent, newest
 * first, each with where it stands and what to do next.
 */
@Named("myOrders")
@RequestScoped
public class MyOrdersView {

    @Inject
    Orders orders;

    @Inject
    Classifier classifier;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    private List<OrderLine> rows;

    public List<OrderLine> getRows() {
        if (rows == null) {
            rows = orders.mine(null).stream()
                    .map(o -> OrderLine.of(o, classifier, OrderLine.Audience.BENEFICIARY, clock.instant())).toList();
        }
        return rows;
    }

    /** Orders of other people are among them: the page names whose each is. */
    public boolean isForOthers() {
        String me = caller.require().iin();
        return getRows().stream().anyMatch(r -> !r.iin().equals(me));
    }
}
