package kz.kepil.catalog.web;

import kz.kepil.platform.web.TengeInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.GuaranteedSum;
import kz.kepil.catalog.domain.Mci;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The authorised body's guaranteed sums: every classifier type by category with the national sum in
 * force today, one type's sums year by year, and a form to set a year's sum nationally or for a region
 * (setting it again corrects it). The MCI table is shown for the types priced in MCI. Auditors read
 * everything and get no form.
 */
@Named("sumsView")
@ViewScoped
public class GuaranteedSumsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The types of one category with their national sums in force today. */
    public record Category(ProductCategory category, List<Row> rows) {
    }

    /** A type and its national sum in force today, if any. */
    public record Row(ClassifierType type, Money sum) {
    }

    @Inject
    transient Classifier classifier;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Clock clock;

    @Inject
    CatalogLabels labels;

    private String type;
    private String chosenCode;

    private String amount;
    private Integer year;
    private String region;

    /** Read once a request: the page asks for them more than once while it renders. */
    private transient List<Category> categories;
    private transient List<GuaranteedSum> history;

    /** Reads the type the address names (f:viewAction); an unknown code is said, not failed on. */
    public void load() {
        chosenCode = labels.type(type).map(t -> t.code().value()).orElse(null);
        if (type != null && !type.isBlank() && chosenCode == null) {
            message(FacesMessage.SEVERITY_WARN, CatalogLabels.format("sums.unknownType", type.strip()));
        }
        year = today().getYear();
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = categories();
        }
        return categories;
    }

    private List<Category> categories() {
        Map<String, Map<String, Money>> inForce = classifier.sumsInForce(today());
        Map<ProductCategory, List<Row>> byCategory = classifier.types().stream()
                .map(t -> new Row(t, Optional.ofNullable(inForce.get(t.code().value())).map(m -> m.get(null)).orElse(null)))
                .collect(Collectors.groupingBy(r -> r.type().category(), () -> new EnumMap<>(ProductCategory.class),
                        Collectors.toList()));
        return byCategory.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue())).toList();
    }

    public ClassifierType getChosen() {
        return labels.type(chosenCode).orElse(null);
    }

    public List<GuaranteedSum> getHistory() {
        ClassifierType chosen = getChosen();
        if (history == null) {
            history = chosen == null ? List.of() : classifier.sums(chosen.code());
        }
        return history;
    }

    /** The sum in force today for the chosen type nationally, the MCI counted in. */
    public Money getChosenSum() {
        ClassifierType chosen = getChosen();
        return chosen == null ? null : classifier.sumInForce(chosen.code(), null, today()).orElse(null);
    }

    public List<Mci> getMci() {
        return classifier.mci();
    }

    public boolean isMayChange() {
        return caller.hasRole(Role.AUTHORITY);
    }

    public int getMaxYear() {
        return today().getYear() + 1;
    }

    public String href(ClassifierType t) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/sums.xhtml?type="
                + t.code().value() + "#chosen-heading";
    }

    public void set() {
        ClassifierType chosen = getChosen();
        if (!isMayChange() || chosen == null) {
            message(FacesMessage.SEVERITY_ERROR, CatalogLabels.TEXTS.text("sums.readOnly"));
            return;
        }
        if (year == null) {
            message(FacesMessage.SEVERITY_ERROR, CatalogLabels.TEXTS.text("sums.yearRequired"));
            return;
        }
        Optional<Money> money = TengeInput.parse(amount).filter(m -> !m.isZero());
        if (money.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage("sum:amount", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    CatalogLabels.TEXTS.text("sums.amountInvalid"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            String regionCode = region == null || region.isBlank() ? null : region;
            GuaranteedSum sum = classifier.setSum(chosen.code(), year, regionCode, money.get());
            categories = null;
            history = null;
            message(FacesMessage.SEVERITY_INFO, CatalogLabels.format("sums.done", labels.typeName(chosen), sum.year(),
                    regionCode == null ? CatalogLabels.TEXTS.text("sums.national") : labels.region(regionCode),
                    labels.tenge(sum.amount())));
            amount = null;
            region = null;
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, CatalogLabels.refusal(e));
        }
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }

    private static void message(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
