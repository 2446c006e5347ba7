package kz.kepil.ordering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.application.ServiceActs;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.ordering.domain.ServiceAct;
import kz.kepil.ordering.domain.ServiceActStatus;
import kz.kepil.ordering.domain.ServiceSheet;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The monthly acts of an hourly service order ({@code ?id=}) on the supplier's and the beneficiary's order
 * pages. The supplier prepares a month's act in two steps: it chooses an ended month and enters the hours of
 * its days, which the portal checks by building the act document from that sheet; then the signatory signs
 * that document in the browser (k:signForm sends the same month and sheet with the document request and with
 * the signature, so the signature binds exactly the sheet filed). The beneficiary confirms each act in the
 * browser.
 */
@Named("serviceActs")
@ViewScoped
public class ServiceActsView implements Serializable {

    /** An act as the pages list it, every text in the page's language. */
    public record ActLine(long id, String number, String month, String days, int hours, int ownExpenseHours, String stateAmount,
                          String topUp, String dueBy, boolean late, String statusText, boolean submitted)
            implements Serializable {
    }

    /** One day of the month being acted: the hours typed for it. */
    public static class DayRow implements Serializable {
        private final String date;
        private final String label;
        private String hours;

        DayRow(LocalDate day) {
            this.date = day.toString();
            this.label = PageTexts.date(day);
        }

        public String getDate() {
            return date;
        }

        public String getLabel() {
            return label;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }
    }

    @Inject
    transient ServiceActs acts;

    @Inject
    transient Orders orders;

    @Inject
    transient Clock clock;

    private Long id;
    private String month;
    private List<DayRow> days = new ArrayList<>();
    private String preparedMonth;
    private String preparedSheet;
    private int preparedHours;

    @PostConstruct
    void readParameters() {
        id = PageTexts.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    /**
     * What the page shows of the order, read once per request: the pages evaluate the acts and the open
     * months several times while they render.
     */
    private static final class Loaded {
        Optional<Order> order;
        List<ServiceAct> filed;
        List<ActLine> lines;
        List<String> openMonths;
    }

    private Loaded loaded() {
        return (Loaded) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .computeIfAbsent(Loaded.class.getName(), k -> new Loaded());
    }

    private Optional<Order> order() {
        Loaded l = loaded();
        if (l.order == null) {
            l.order = visibleOrder();
        }
        return l.order;
    }

    private Optional<Order> visibleOrder() {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(orders.visible(id));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The order's acts, by month; none when the caller may not see the order. */
    private List<ServiceAct> filed() {
        Loaded l = loaded();
        if (l.filed == null) {
            l.filed = order().map(o -> acts.of(o.id())).orElse(List.of());
        }
        return l.filed;
    }

    public List<ActLine> getActs() {
        Loaded l = loaded();
        if (l.lines == null) {
            l.lines = filed().stream().map(ServiceActsView::line).toList();
        }
        return l.lines;
    }

    private static ActLine line(ServiceAct a) {
        String sheet = a.sheet().days().entrySet().stream().map(e -> e.getKey().getDayOfMonth() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        return new ActLine(a.id(), a.number(), a.month().toString(), sheet, a.hours(), a.hours() - a.coveredHours(),
                PageTexts.tenge(a.amounts().stateAmount()), PageTexts.tenge(a.amounts().topUp()), PageTexts.date(a.dueBy()), a.late(),
                OrderLine.TEXTS.text("act.status." + a.status()), a.status() == ServiceActStatus.SUBMITTED);
    }

    /** The ended months from the acceptance on that have no act yet: those the supplier may act now. */
    public List<String> getOpenMonths() {
        Loaded l = loaded();
        if (l.openMonths == null) {
            l.openMonths = openMonths();
        }
        return l.openMonths;
    }

    private List<String> openMonths() {
        Optional<Order> o = order().filter(x -> x.status() == OrderStatus.ACCEPTED && orders.isService(x));
        if (o.isEmpty() || o.get().decidedAt().isEmpty()) {
            return List.of();
        }
        Set<YearMonth> filed = filed().stream().map(ServiceAct::month).collect(Collectors.toSet());
        List<String> open = new ArrayList<>();
        YearMonth current = YearMonth.from(KzTime.today(clock));
        for (YearMonth m = YearMonth.from(o.get().decidedAt().get().atZone(KzTime.ALMATY)); m.isBefore(current); m = m.plusMonths(1)) {
            if (!filed.contains(m)) {
                open.add(m.toString());
            }
        }
        return open;
    }

    /** The days of the chosen month from the acceptance on, each with an empty hours field. */
    public String showDays() {
        preparedMonth = null;
        preparedSheet = null;
        days = new ArrayList<>();
        YearMonth m;
        try {
            m = YearMonth.parse(month == null ? "" : month);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
        LocalDate from = order().flatMap(Order::decidedAt).map(d -> d.atZone(KzTime.ALMATY).toLocalDate()).orElse(m.atDay(1));
        for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
            if (!d.isBefore(from)) {
                days.add(new DayRow(d));
            }
        }
        return null;
    }

    /**
     * Checks the sheet typed by building its act document: on success the signing form appears with this
     * month and sheet; a refusal shows its reason by the table.
     */
    public String prepare() {
        FacesContext faces = FacesContext.getCurrentInstance();
        preparedMonth = null;
        preparedSheet = null;
        SortedMap<LocalDate, Integer> sheet = new TreeMap<>();
        for (DayRow row : days) {
            if (row.getHours() == null || row.getHours().isBlank()) {
                continue;
            }
            try {
                sheet.put(LocalDate.parse(row.getDate()), Integer.valueOf(row.getHours().strip()));
            } catch (NumberFormatException e) {
                faces.addMessage("act-sheet", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        OrderLine.TEXTS.text("act.file.hoursInvalid") + " " + row.getLabel(), null));
                return null;
            }
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month);
            acts.actDocument(id, m, sheet);
        } catch (DomainException e) {
            faces.addMessage("act-sheet", new FacesMessage(FacesMessage.SEVERITY_ERROR, OrderLine.TEXTS.refusal(e), null));
            return null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
        ServiceSheet prepared = new ServiceSheet(m, sheet);
        preparedMonth = month;
        preparedSheet = prepared.encoded();
        preparedHours = prepared.hours();
        return null;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public String getPreparedMonth() {
        return preparedMonth;
    }

    public String getPreparedSheet() {
        return preparedSheet;
    }

    public int getPreparedHours() {
        return preparedHours;
    }

    public String getApi() {
        return "/api/v1/orders/" + id + "/acts";
    }
}
