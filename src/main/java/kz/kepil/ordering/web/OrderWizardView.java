package kz.kepil.ordering.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.CatalogIndex;
import kz.kepil.catalog.application.CatalogSearch;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.entitlement.domain.MeasureStatus;
import kz.kepil.ordering.application.BeneficiaryContracts;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.SanatoriumStay;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The order wizard of one entitlement ({@code ?entitlement=}): first the offers the beneficiary may order
 * on it — products of its type in its region from listed suppliers, the smallest top-up first — then, with
 * {@code &product=}, the chosen product's amounts per unit and the quantity. Going on drafts the order and
 * opens it, where the exact amounts (norms applied) are shown again above the signature. A sanatorium stay
 * also asks the day of arrival, with the days it may fall on.
 */
@Named("orderWizard")
@ViewScoped
public class OrderWizardView implements Serializable {

    private static final int PAGE_SIZE = 20;

    /** An offer as the wizard lists it. */
    public record Offer(long productId, String name, String supplierName, String price, String guaranteedSum, String topUp,
                        boolean hasTopUp, int deliveryDays) implements Serializable {
    }

    @Inject
    transient Entitlements entitlements;

    @Inject
    transient BeneficiaryContracts contracts;

    @Inject
    transient CatalogSearch catalog;

    @Inject
    transient Products products;

    @Inject
    transient Classifier classifier;

    @Inject
    transient Orders orders;

    private Long entitlementId;
    private Long productId;
    private int page;
    private Integer quantity;
    private String arrival;

    private transient Measure measure;
    private transient boolean loaded;
    private transient CatalogIndex.Page offers;
    private transient Products.Details product;

    public Long getEntitlement() {
        return entitlementId;
    }

    public void setEntitlement(Long value) {
        this.entitlementId = value;
    }

    public Long getProduct() {
        return productId;
    }

    public void setProduct(Long value) {
        this.productId = value;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int value) {
        this.page = Math.max(0, value);
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer value) {
        this.quantity = value;
    }

    public String getArrival() {
        return arrival;
    }

    public void setArrival(String value) {
        this.arrival = value;
    }

    /** A sanatorium stay: the day of arrival is asked. */
    public boolean isStay() {
        return measure != null && classifier.type(new ClassifierCode(measure.classifierCode())).sanatorium();
    }

    /** The days the arrival may fall on and the length of the stay. */
    public String getArrivalHint() {
        int days = SanatoriumStay.stayDays(measure.classifierCode());
        return OrderLine.TEXTS.format("wizard.arrival.hint", PageTexts.date(orders.earliestArrival()),
                PageTexts.date(measure.iprValidTo()), days);
    }

    /** The earliest day of arrival, as the date input's {@code min}. */
    public String getArrivalMin() {
        return orders.earliestArrival().toString();
    }

    /** Reads the entitlement and the chosen product before the page is drawn (f:viewAction). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (entitlementId == null) {
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_ERROR, "wizard.noEntitlement", null);
            return;
        }
        try {
            measure = entitlements.actionable(entitlementId);
        } catch (DomainException e) {
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_ERROR, "wizard.noEntitlement", null);
            return;
        }
        if (measure.status() != MeasureStatus.SELECTABLE) {
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_WARN, "wizard.notSelectable", null);
            return;
        }
        if (productId != null) {
            try {
                product = products.details(productId, measure.regionCode());
                if (!product.product().classifierCode().value().equals(measure.classifierCode()) || !product.orderable()) {
                    product = null;
                }
            } catch (DomainException e) {
                product = null;
            }
            if (product == null) {
                OrderLine.TEXTS.message(FacesMessage.SEVERITY_ERROR, "wizard.productUnavailable", null);
            } else if (quantity == null) {
                quantity = measure.remainingQuantity();
            }
        }
    }

    public boolean isReady() {
        load();
        return measure != null && measure.status() == MeasureStatus.SELECTABLE;
    }

    public Measure getMeasure() {
        load();
        return measure;
    }

    public String getTypeName() {
        return measure == null ? "" : classifier.nameOf(measure.classifierCode(), PageTexts.locale());
    }

    public String getDeadline() {
        return measure == null ? "" : measure.selectableUntil().map(OrderLine.TEXTS::deadline).orElse("");
    }

    public boolean isContractSigned() {
        return measure != null && contracts.accepted(measure.iin()).isPresent();
    }

    /** The contract page, asked to come back here once signed. */
    public String getContractHref() {
        String here = "/cabinet/order-new.xhtml?entitlement=" + entitlementId + (productId == null ? "" : "&product=" + productId);
        return "/cabinet/contract.xhtml?for=" + measure.iin() + "&return=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    public boolean isChoosing() {
        return isReady() && product == null;
    }

    public boolean isChosen() {
        return isReady() && product != null;
    }

    private CatalogIndex.Page offers() {
        if (offers == null) {
            offers = catalog.search(new CatalogIndex.Query(null, measure.classifierCode(), null, measure.regionCode(), null,
                    null, null, null, CatalogIndex.Sort.TOP_UP, page, PAGE_SIZE));
        }
        return offers;
    }

    public List<Offer> getOffers() {
        return offers().hits().stream().map(h -> new Offer(h.productId(), h.name(), h.supplierName(), PageTexts.tenge(h.price()),
                h.guaranteedSum().map(PageTexts::tenge).orElse("—"), PageTexts.tenge(h.topUp()), h.topUp().amount().signum() > 0,
                h.deliveryDays())).toList();
    }

    public int getOfferCount() {
        return offers().total();
    }

    public boolean isNextPage() {
        return (long) (page + 1) * PAGE_SIZE < offers().total();
    }

    public String getProductName() {
        return product.product().name();
    }

    public String getSupplierName() {
        return product.supplier().name();
    }

    public String getUnitPrice() {
        return PageTexts.tenge(product.pricing().price());
    }

    public String getUnitSum() {
        return product.pricing().guaranteedSum().map(PageTexts::tenge).orElse("—");
    }

    public String getUnitState() {
        return PageTexts.tenge(product.pricing().stateAmount());
    }

    public String getUnitTopUp() {
        return PageTexts.tenge(product.pricing().topUp());
    }

    public boolean isPaysTopUp() {
        return product.pricing().topUp().amount().signum() > 0;
    }

    public int getDeliveryDays() {
        return product.product().deliveryDays();
    }

    /** Drafts the order with the amounts of today and opens it for review and signature. */
    public String draft() {
        if (entitlementId == null || productId == null) {
            return null;
        }
        LocalDate arrivalDate = null;
        if (arrival != null && !arrival.isBlank()) {
            try {
                arrivalDate = LocalDate.parse(arrival.strip());
            } catch (DateTimeParseException e) {
                FacesContext.getCurrentInstance().addMessage("quantity-form:arrival",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, OrderLine.TEXTS.text("supplier.stay.dateInvalid"), null));
                return null;
            }
        }
        try {
            Order o = orders.draft(entitlementId, productId, quantity == null ? 0 : quantity, arrivalDate);
            return "/cabinet/order?faces-redirect=true&id=" + o.id();
        } catch (DomainException e) {
            // A refusal about the day of arrival is said next to it, any other next to the quantity.
            String field = e.code().startsWith("ARRIVAL_") ? "quantity-form:arrival" : "quantity-form:quantity";
            FacesContext.getCurrentInstance().addMessage(field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, OrderLine.TEXTS.refusal(e), null));
            return null;
        }
    }
}
