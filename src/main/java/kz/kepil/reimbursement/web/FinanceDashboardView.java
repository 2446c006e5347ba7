package kz.kepil.reimbursement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import kz.kepil.identity.domain.Role;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.reimbursement.application.Budgets;
import kz.kepil.reimbursement.application.FinanceDashboard;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Function;

/**
 * The finance dashboard of an akimat for a year ({@code ?year=}; auditors choose the akimat, {@code ?akimat=}):
 * four charts drawn by PrimeFaces' p:chart from Chart.js configurations made here — the budget month by month,
 * the state's share and the top-up by category, the suppliers' response and delivery times — each with a
 * table of the same figures under it for those who do not see the chart.
 */
@Named("financeDashboard")
@RequestScoped
public class FinanceDashboardView extends AkimatChoosingView {

    /** A month of the budget in words. */
    public record MonthRow(String month, String allocated, String reserved, String released, String spent,
                           String allocatedToDate, String committedToDate, String spentToDate) {
    }

    /** A category in words. */
    public record CategoryRow(String category, long orders, String stateAmount, String reimbursed, String topUp) {
    }

    /** A supplier's times in words. */
    public record SupplierRow(long id, String name, long decided, String responseMedian, String responseP90, long delivered,
                              String deliveryMedian, String deliveryP90) {
    }

    private static final String BLUE = "#1f5fa8";
    private static final String ORANGE = "#c25e00";
    private static final String GREEN = "#2e7d32";
    private static final String GREY = "#6b6b6b";

    @Inject
    FinanceDashboard dashboard;

    @Inject
    Budgets budgets;

    private Integer year;
    private FinanceDashboard.Dashboard figures;

    public void load() {
        String code = getAkimatCode();
        if (code == null) {
            return;
        }
        try {
            figures = dashboard.of(code, getYear());
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(e), null));
        }
    }

    @Override
    public boolean isChooser() {
        return caller.require().hasRole(Role.AUDITOR);
    }

    public FinanceDashboard.Dashboard getFigures() {
        return figures;
    }

    public String tenge(Money m) {
        return Texts.tenge(m);
    }

    private static String tenge(BigDecimal amount) {
        return Texts.tenge(Money.of(amount));
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, PageTexts.locale());
    }

    private static String category(String code) {
        String key = "category." + code;
        String text = Texts.text(key);
        return text.equals(key) ? code : text;
    }

    private static String hours(BigDecimal value) {
        return value == null ? "—" : Texts.format("dashboard.hours", value.toPlainString());
    }

    private static String days(BigDecimal value) {
        return value == null ? "—" : Texts.format("dashboard.days", value.toPlainString());
    }

    public List<MonthRow> getMonths() {
        return figures == null ? List.of() : figures.months().stream().map(m -> new MonthRow(monthName(m.month()), tenge(m.allocated()),
                tenge(m.reserved()), tenge(m.released()), tenge(m.spent()), tenge(m.allocatedToDate()), tenge(m.committedToDate()),
                tenge(m.spentToDate()))).toList();
    }

    public List<CategoryRow> getCategories() {
        return figures == null ? List.of() : figures.categories().stream().map(c -> new CategoryRow(category(c.category()), c.orders(),
                tenge(c.stateAmount()), tenge(c.reimbursed()), tenge(c.topUp()))).toList();
    }

    public List<SupplierRow> getSuppliers() {
        return figures == null ? List.of() : figures.suppliers().stream().map(s -> new SupplierRow(s.supplierId(), s.name(),
                s.decided(), hours(s.responseMedianHours()), hours(s.responseP90Hours()), s.delivered(),
                days(s.deliveryMedianDays()), days(s.deliveryP90Days()))).toList();
    }

    /** (a) Where the budget stood at each month's end: allocated, committed, spent. */
    public String getBudgetChart() {
        if (figures == null) {
            return "{}";
        }
        List<FinanceDashboard.Month> months = figures.months();
        return chart("line", months.stream().map(m -> monthName(m.month())).toList(), false,
                dataset(Texts.text("dashboard.allocatedToDate"), BLUE, months, FinanceDashboard.Month::allocatedToDate),
                dataset(Texts.text("dashboard.committedToDate"), ORANGE, months, FinanceDashboard.Month::committedToDate),
                dataset(Texts.text("dashboard.spentToDate"), GREEN, months, FinanceDashboard.Month::spentToDate));
    }

    /** (b) The state's share and the top-up by category, stacked. */
    public String getCategoryChart() {
        if (figures == null) {
            return "{}";
        }
        List<FinanceDashboard.Category> categories = figures.categories();
        return chart("bar", categories.stream().map(c -> category(c.category())).toList(), true,
                dataset(Texts.text("dashboard.stateAmount"), BLUE, categories, FinanceDashboard.Category::stateAmount),
                dataset(Texts.text("dashboard.topUp"), ORANGE, categories, FinanceDashboard.Category::topUp));
    }

    /** (c) Hours from an order's submission to the supplier's decision: median and 90th percentile. */
    public String getResponseChart() {
        if (figures == null) {
            return "{}";
        }
        List<FinanceDashboard.SupplierTimes> s = figures.suppliers().stream().filter(t -> t.decided() > 0).toList();
        return chart("bar", s.stream().map(FinanceDashboard.SupplierTimes::name).toList(), false,
                dataset(Texts.text("dashboard.median"), BLUE, s, FinanceDashboard.SupplierTimes::responseMedianHours),
                dataset(Texts.text("dashboard.p90"), GREY, s, FinanceDashboard.SupplierTimes::responseP90Hours));
    }

    /** (c) Days from acceptance to delivery: median and 90th percentile. */
    public String getDeliveryChart() {
        if (figures == null) {
            return "{}";
        }
        List<FinanceDashboard.SupplierTimes> s = figures.suppliers().stream().filter(t -> t.delivered() > 0).toList();
        return chart("bar", s.stream().map(FinanceDashboard.SupplierTimes::name).toList(), false,
                dataset(Texts.text("dashboard.median"), GREEN, s, FinanceDashboard.SupplierTimes::deliveryMedianDays),
                dataset(Texts.text("dashboard.p90"), GREY, s, FinanceDashboard.SupplierTimes::deliveryP90Days));
    }

    private static <T> JsonObjectBuilder dataset(String label, String color, List<T> items, Function<T, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (T item : items) {
            BigDecimal v = value.apply(item);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", color)
                .add("backgroundColor", color).add("borderWidth", 2);
    }

    /** A Chart.js configuration: its type, labels and datasets; bars stacked when asked. */
    @SafeVarargs
    private static String chart(String type, List<String> labels, boolean stacked, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder d : datasets) {
            sets.add(d);
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("x", axis)
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }

    /** The year shown: the one asked for, this year when none (or none sensible) is. Boxed like its setter, so it is a property. */
    public Integer getYear() {
        return year == null || year < 2000 || year > 2100 ? budgets.currentYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
