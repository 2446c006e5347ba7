package kz.kepil.ordering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The akimat specialist's view of its orders: those waiting for a supplier's decision, the one due soonest
 * first and those past due marked; the orders whose decision never came (expired) or that were refused,
 * for the specialist to follow up with the beneficiary; and the rest, newest first.
 */
@Named("akimatOrders")
@RequestScoped
public class AkimatOrdersView {

    @Inject
    Orders orders;

    @Inject
    Classifier classifier;

    @Inject
    Clock clock;

    private List<Order> all;
    private List<OrderLine> awaiting;

    private List<Order> all() {
        if (all == null) {
            all = orders.mine(null).stream().filter(o -> o.status() != OrderStatus.DRAFT).toList();
        }
        return all;
    }

    private List<OrderLine> lines(List<Order> found) {
        Instant now = clock.instant();
        return found.stream().map(o -> OrderLine.of(o, classifier, OrderLine.Audience.AKIMAT, now)).toList();
    }

    public List<OrderLine> getAwaiting() {
        if (awaiting == null) {
            awaiting = lines(all().stream().filter(o -> o.status() == OrderStatus.SUBMITTED)
                    .sorted(Comparator.comparing(o -> o.decisionDue().orElse(Instant.MAX))).toList());
        }
        return awaiting;
    }

    public long getOverdue() {
        return getAwaiting().stream().filter(OrderLine::overdue).count();
    }

    public List<OrderLine> getUnanswered() {
        return lines(all().stream().filter(o -> o.status() == OrderStatus.EXPIRED || o.status() == OrderStatus.REFUSED).toList());
    }

    public List<OrderLine> getOthers() {
        return lines(all().stream().filter(o -> o.status() != OrderStatus.SUBMITTED && o.status() != OrderStatus.EXPIRED
                && o.status() != OrderStatus.REFUSED).toList());
    }
}
