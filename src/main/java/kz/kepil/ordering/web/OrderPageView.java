package kz.kepil.ordering.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.identity.application.Representations;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.Clock;

/**
 * One order in the beneficiary's cabinet ({@code ?id=}): its amounts, its steps with their dates and
 * deadline, and what the beneficiary does now — sign a draft (the order with the application for
 * reimbursement), cancel before the supplier decided, or confirm receipt once delivered. Signing happens
 * in the browser against the REST API; the page only says where.
 */
@Named("orderPage")
@ViewScoped
public class OrderPageView implements Serializable {

    @Inject
    transient Orders orders;

    @Inject
    transient Representations representations;

    @Inject
    transient SupplierStandings suppliers;

    @Inject
    transient Classifier classifier;

    @Inject
    transient Clock clock;

    private Long id;
    private String reason;
    private transient OrderLine line;
    private transient String supplierName;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Reads the order before the page is drawn (f:viewAction); another person's order is not found. */
    public void load() {
        line = null;
        if (id == null) {
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_ERROR, "order.notFound", null);
            return;
        }
        try {
            Order o = orders.visible(id);
            if (!representations.callerActsFor(o.iin())) {
                throw DomainException.notFound("order", id);
            }
            line = OrderLine.of(o, classifier, OrderLine.Audience.BENEFICIARY, clock.instant());
            supplierName = suppliers.party(o.supplierId()).name();
        } catch (DomainException e) {
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_ERROR, "order.notFound", null);
        }
    }

    public OrderLine getOrder() {
        return line;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getApi() {
        return "/api/v1/orders/" + id;
    }

    public String getDoneUrl() {
        return "/cabinet/order.xhtml?id=" + id;
    }

    /** The beneficiary cancels before the supplier decided; the page shows the order again. */
    public String cancel() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            orders.cancel(id, reason);
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_INFO, "order.cancelled", null);
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, OrderLine.TEXTS.refusal(e), null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/cabinet/order?faces-redirect=true&id=" + id;
    }
}
