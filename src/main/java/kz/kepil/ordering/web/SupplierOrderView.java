package kz.kepil.ordering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.domain.Role;
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.ordering.domain.RefusalReason;
import kz.kepil.ordering.domain.SupplierCancellationReason;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.platform.web.TengeInput;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One order in the supplier's workspace ({@code ?id=}): what was ordered, by when to decide, and the
 * supplier's steps — accept or refuse for a coded reason (signed in the browser by the signatory), record
 * the top-up the beneficiary paid, sign the delivery act. Whom to deliver to is shown once accepted. An
 * order of another supplier is not found. A sanatorium stay also records the arrival, the departure or a
 * no-show (only what applies today), and the signatory may cancel it for a coded reason while it may be
 * cancelled; its act of services rendered comes after the departure.
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
    private String arrivalDate;
    private String departureDate;
    private String cancellationReason;
    private String topUpAmount;
    private String topUpReference;
    private transient Order order;
    private transient OrderLine line;
    private transient String recipient;

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
        if (recipient == null) {
            recipient = order().filter(o -> o.status() == OrderStatus.ACCEPTED || o.status() == OrderStatus.DELIVERED_BY_SUPPLIER
                    || o.status() == OrderStatus.COMPLETED).map(o -> {
                        Measure m = entitlements.find(o.measureId());
                        return m.fullName() + m.phone().map(p -> ", " + p).orElse("");
                    }).orElse("");
        }
        return recipient;
    }

    public List<Reason> getReasons() {
        boolean sanatorium = order().map(o -> classifier.type(new ClassifierCode(o.classifierCode())).sanatorium()).orElse(false);
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

    public String getArrivalDate() {
        return arrivalDate;
    }

    public void setArrivalDate(String value) {
        this.arrivalDate = value;
    }

    public String getDepartureDate() {
        return departureDate;
    }

    public void setDepartureDate(String value) {
        this.departureDate = value;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String value) {
        this.cancellationReason = value;
    }

    /** The coded reasons a sanatorium may cancel an accepted stay for. */
    public List<Reason> getCancellationReasons() {
        return Arrays.stream(SupplierCancellationReason.values())
                .map(r -> new Reason(r.name(), OrderLine.TEXTS.text("supplierCancel." + r))).toList();
    }

    /** Whether the caller may cancel the stay now: the supplier's signatory, before the deadline. */
    public boolean isStayCancellable() {
        return caller.require().hasRole(Role.SUPPLIER_SIGNATORY) && order().filter(o -> o.status() == OrderStatus.ACCEPTED)
                .flatMap(Order::stay).map(s -> s.cancellableAt(clock.instant())).orElse(false);
    }

    /** Records the day the beneficiary arrived. */
    public String recordArrival() {
        return stayStep("stay-arrival:arrivalDate", arrivalDate, d -> orders.arrived(id, d), "supplier.stay.arrivalRecorded");
    }

    /** Records the day the beneficiary left. */
    public String recordDeparture() {
        return stayStep("stay-departure:departureDate", departureDate, d -> orders.departed(id, d), "supplier.stay.departureRecorded");
    }

    /** Records that the beneficiary did not come. */
    public String recordNoShow() {
        return stayStep(null, null, d -> orders.noShow(id), "supplier.stay.noShowRecorded");
    }

    /** The signatory cancels the accepted stay for the coded reason chosen. */
    public String cancelStay() {
        return takeStep("stay-cancel:reason", () -> orders.cancel(id, cancellationReason), "supplier.stay.cancelled");
    }

    /**
     * Takes a step of the order: done, the page is shown again with the {@code done} message; refused, the
     * reason goes next to {@code field} (null: the page's top).
     */
    private String takeStep(String field, Runnable step, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            step.run();
            OrderLine.TEXTS.message(FacesMessage.SEVERITY_INFO, done, null);
        } catch (DomainException e) {
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, OrderLine.TEXTS.refusal(e), null));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/supplier/order?faces-redirect=true&id=" + id;
    }

    /**
     * A step of the stay on a day given as yyyy-MM-dd (the date input's value); errors go next to the field
     * ({@code field} null: a step without a day, whose errors the page lists at its top).
     */
    private String stayStep(String field, String day, java.util.function.Consumer<LocalDate> step, String done) {
        LocalDate date = null;
        if (day != null && !day.isBlank()) {
            try {
                date = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null && field != null) {
            FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    OrderLine.TEXTS.text("supplier.stay.dateInvalid"), null));
            return null;
        }
        LocalDate on = date;
        return takeStep(field, () -> step.accept(on), done);
    }

    /** Records the top-up the beneficiary paid: exactly the order's top-up, with the receipt's reference. */
    public String recordTopUp() {
        Optional<Money> amount = TengeInput.parse(topUpAmount);
        if (amount.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage("top-up:amount", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    OrderLine.TEXTS.text("supplier.topUp.amountInvalid"), null));
            return null;
        }
        return takeStep("top-up:amount", () -> orders.topUpReceived(id, amount.get(), topUpReference), "supplier.topUp.recorded");
    }
}
