package kz.kepil.ordering.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The supplier's order inbox: orders waiting for a decision first, the one due soonest at the top, then
 * those to deliver, then the rest newest first; {@code ?status=} narrows it to one status.
 */
@Named("supplierOrders")
@RequestScoped
public class SupplierOrdersView {

    /** A status to narrow the inbox to, with how many orders have it. */
    public record Filter(String status, String label, long count, boolean current) {
    }

    /** Waiting for the supplier: decide, then deliver. */
    private static final List<OrderStatus> FIRST = List.of(OrderStatus.SUBMITTED, OrderStatus.ACCEPTED);

    @Inject
    Orders orders;

    @Inject
    Classifier classifier;

    @Inject
    Clock clock;

    private OrderStatus status;
    private List<OrderLine> all;

    @PostConstruct
    void readParameters() {
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("status");
        status = Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
    }

    private List<OrderLine> all() {
        if (all == null) {
            Instant now = clock.instant();
            all = orders.mine(null).stream()
                    .filter(o -> o.status() != OrderStatus.DRAFT)
                    .sorted(Comparator.comparingInt((Order o) -> rank(o.status()))
                            .thenComparing(o -> o.decisionDue().orElse(Instant.MAX))
                            .thenComparing(o -> -o.id()))
                    .map(o -> OrderLine.of(o, classifier, OrderLine.Audience.SUPPLIER, now)).toList();
        }
        return all;
    }

    private static int rank(OrderStatus s) {
        int i = FIRST.indexOf(s);
        return i < 0 ? FIRST.size() : i;
    }

    public List<OrderLine> getRows() {
        return all().stream().filter(l -> status == null || l.status() == status).toList();
    }

    public List<Filter> getFilters() {
        Map<OrderStatus, Long> counts = all().stream().collect(Collectors.groupingBy(OrderLine::status, Collectors.counting()));
        return Arrays.stream(OrderStatus.values()).filter(counts::containsKey)
                .map(s -> new Filter(s.name(), OrderLine.TEXTS.text("status." + s), counts.get(s), s == status)).toList();
    }

    public boolean isFiltered() {
        return status != null;
    }

    public long getWaiting() {
        return all().stream().filter(l -> l.status() == OrderStatus.SUBMITTED).count();
    }
}
