package kz.kepil.ordering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.ordering.domain.RefusalReason;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.platform.web.TengeInput;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One order in the supplier's workspace ({@code ?id=}): what was ordered, by when to decide, and the
 * supplier's steps — accept or refuse for a coded reason (signed in the browser by the signatory), record
 * the top-up the beneficiary paid, sign the delivery act. Whom to deliver to is shown once accepted. An
 * order of another supplier is not found.
 */
@Named("supplierOrder")
@ViewScoped
public class SupplierOrderView implements Serializable {

    /** A coded reason the supplier may choose, with its text. */
    public record Reason(String code, String text) implements Serializable {
    }

    /** The reasons that fit any order; sanatoria have the others too (DOMAIN.md §4.3). */
    private static final Set<RefusalReason> FOR_GOODS = EnumSet.of(RefusalReason.NO_GOODS, RefusalReason.SUPPLIER_AT_EXCLUSION,
            RefusalReason.FORCE_MAJEURE);

    @Inject
    transient Orders orders;

    @Inject
    transient Entitlements entitlements;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Classifier classifier;

    @Inject
    transient Clock clock;

    private Long id;
    private String topUpAmount;
    private String topUpReference;
    private transient Order order;
    private transient OrderLine line;

    /** The supplier's template leaves no place for f:metadata, so the id is read here once per view. */
    @PostConstruct
    void readParameters() {
        id = PageTexts.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    private Optional<Order> order() {
        if (order == null && id != null) {
            try {
                Order o = orders.visible(id);
                order = caller.require().worksFor(o.supplierId()) ? o : null;
            } catch (DomainException e) {
                order = null;
            }
        }
        return Optional.ofNullable(order);
    }

    public OrderLine getOrder() {
        if (line == null) {
            line = order().map(o -> OrderLine.of(o, classifier, OrderLine.Audience.SUPPLIER, clock.instant())).orElse(null);
        }
        return line;
    }

    /** The person to deliver to, once the order is accepted: name and phone as E-Sobes sent them. */
    public String getRecipient() {
        return order().filter(o -> o.status() == OrderStatus.ACCEPTED || o.status() == OrderStatus.DELIVERED_BY_SUPPLIER
                || o.status() == OrderStatus.COMPLETED).map(o -> {
                    Measure m = entitlements.find(o.measureId());
                    return m.fullName() + m.phone().map(p -> ", " + p).orElse("");
                }).orElse("");
    }

    public List<Reason> getReasons() {
        boolean sanatorium = order().map(o -> classifier.type(new ClassifierCode(o.classifierCode())).category()
                == ProductCategory.SANATORIUM_TREATMENT).orElse(false);
        return Arrays.stream(RefusalReason.values()).filter(r -> sanatorium || FOR_GOODS.contains(r))
                .map(r -> new Reason(r.name(), OrderLine.TEXTS.text("refusal." + r))).toList();
    }

    public String getApi() {
        return "/api/v1/orders/" + id;
    }

    public String getDoneUrl() {
        return "/supplier/order.xhtml?id=" + id;
    }

    public String getTopUpAmount() {
        return topUpAmount;
    }

    public void setTopUpAmount(String value) {
        this.topUpAmount = value;
    }

    public String getTopUpReference() {
        return topUpReference;
    }

    public void setTopUpReference(String value) {
        this.topUpReference = value;
    }

    /** Records the top-up the beneficiary paid: exactly the order's top-up, with the receipt's reference. */
    public String recordTopUp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<Money> amount = TengeInput.parse(topUpAmount);
        if (amount.isEmpty()) {
            faces.addMessage("top-up:amount", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    OrderLine.TEXTS.text("supplier.topUp.amountInvalid"), null));
            return null;
        }
        try {
            orders.topUpReceived(id, amount.get(), topUpReference);
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_INFO, "supplier.topUp.recorded", null);
        } catch (DomainException e) {
            faces.addMessage("top-up:amount", new FacesMessage(FacesMessage.SEVERITY_ERROR, OrderLine.TEXTS.refusal(e), null));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/supplier/order?faces-redirect=true&id=" + id;
    }
}
