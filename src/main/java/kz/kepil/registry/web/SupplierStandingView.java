package kz.kepil.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.Supplier;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The supplier's standing in the registry: its state, ground and objection deadline; under exclusion
 * proceedings, or a suspension the portal took by itself, the signatory's objection, sent once until the
 * deadline (Almaty's calendar day) and then shown as sent; a listed or suspended supplier's request to leave, confirmed in a second step. Managers
 * see the same read-only. Without {@code id} the page is about the caller's supplier (the lowest id of
 * those they work for); another supplier's id shows nothing. The use cases decide who may act; the
 * page only leaves out forms that would be refused.
 */
@Named("supplierStanding")
@ViewScoped
public class SupplierStandingView implements Serializable {

    /** The states from which a supplier may ask to leave. */
    static final Set<SupplierStatus> MAY_WITHDRAW = EnumSet.of(SupplierStatus.LISTED, SupplierStatus.SUSPENDED);
    static final int OBJECTION_MAX = 4000;
    static final int REASON_MAX = 2000;
    /** The supplier as read in this request; the bean outlives requests, the record may change between them. */
    private static final String LOADED = SupplierStandingView.class.getName() + ".supplier";

    @Inject
    transient Registry registry;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Clock clock;

    private Long supplierId;
    private String objection;
    private String reason;
    private boolean confirmingWithdrawal;
    /*
     * Whether a form is offered, decided when the view is first shown and kept for its postbacks: Faces
     * re-checks "rendered" before it takes a submission, and a form that vanished because the deadline
     * passed meanwhile would drop the objection without a word. The use case refuses it and says why.
     */
    private Boolean objectionForm;
    private Boolean withdrawalForm;

    /** The GET parameters: the templates leave f:metadata no place at the view root, so no f:viewParam. */
    @PostConstruct
    void init() {
        Long wanted = Texts.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        KepilPrincipal who = caller.principal().orElse(null);
        Long chosen = who == null ? null : wanted != null ? wanted : who.supplierId();
        // Only the caller's own supplier: the page is the supplier's workspace, not the public registry.
        supplierId = chosen != null && who.supplierIds().contains(chosen) ? chosen : null;
    }

    /** The supplier, read once per request; null when the caller works for none (or not for the one asked). */
    public Supplier getSupplier() {
        if (supplierId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Optional<Supplier> loaded = (Optional<Supplier>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(LOADED, key -> load());
        return loaded.orElse(null);
    }

    private Optional<Supplier> load() {
        try {
            return Optional.of(registry.documentsVisibleSupplier(supplierId));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** After a change: the rest of the request shows the record as it now is. */
    private static void reload() {
        FacesContext.getCurrentInstance().getAttributes().remove(LOADED);
    }

    public boolean isHasSupplier() {
        return getSupplier() != null;
    }

    /** The caller signs for this supplier, not merely for some supplier. */
    public boolean isSignatory() {
        Supplier s = getSupplier();
        return s != null && caller.principal().map(p -> p.signsFor(s.id())).orElse(false);
    }

    /** A decision open to objection is in force, or the last objection is on record. */
    public boolean isProceedingsShown() {
        Supplier s = getSupplier();
        return s != null && (s.mayObject() || s.objectedAt().isPresent());
    }

    public boolean isUnderProceedings() {
        Supplier s = getSupplier();
        return s != null && s.status() == SupplierStatus.EXCLUSION_PENDING;
    }

    /** Exclusion proceedings, or a suspension by the portal that the supplier may object to. */
    public boolean isObjectable() {
        Supplier s = getSupplier();
        return s != null && s.mayObject();
    }

    /** A suspension by the portal, open to objection: told as a suspension, not as proceedings. */
    public boolean isObjectableSuspension() {
        Supplier s = getSupplier();
        return s != null && s.mayObject() && s.status() == SupplierStatus.SUSPENDED;
    }

    public boolean isObjected() {
        Supplier s = getSupplier();
        return s != null && s.objectedAt().isPresent();
    }

    /** A decision open to objection, nothing has been sent, and it is not yet past the deadline in Almaty. */
    public boolean isObjectionOpen() {
        Supplier s = getSupplier();
        return isObjectable() && !isObjected()
                && s.objectionDeadline().map(deadline -> !today().isAfter(deadline)).orElse(true);
    }

    public boolean isObjectionClosed() {
        return isObjectable() && !isObjected() && !isObjectionOpen();
    }

    public boolean isMayObject() {
        return isObjectionOpen() && isSignatory();
    }

    public boolean isWithdrawalShown() {
        Supplier s = getSupplier();
        return s != null && (MAY_WITHDRAW.contains(s.status()) || s.status() == SupplierStatus.WITHDRAWAL_REQUESTED);
    }

    public boolean isWithdrawalRequested() {
        Supplier s = getSupplier();
        return s != null && s.status() == SupplierStatus.WITHDRAWAL_REQUESTED;
    }

    public boolean isMayWithdraw() {
        Supplier s = getSupplier();
        return s != null && MAY_WITHDRAW.contains(s.status()) && isSignatory();
    }

    public boolean isObjectionFormShown() {
        if (objectionForm == null) {
            objectionForm = isMayObject();
        }
        return objectionForm;
    }

    public boolean isWithdrawalFormShown() {
        if (withdrawalForm == null) {
            withdrawalForm = isMayWithdraw();
        }
        return withdrawalForm;
    }

    public boolean isConfirmingWithdrawal() {
        return confirmingWithdrawal;
    }

    /** Text the signatory wrote that was refused, kept to be copied: the form is gone once the window closed. */
    public boolean isUnsentObjectionShown() {
        return !isObjectionFormShown() && objection != null && !objection.isBlank();
    }

    /** The signatory sends the objection; a refusal (too late, already sent, not signatory) says why. */
    public void object() {
        try {
            registry.object(supplierId, objection);
            message(FacesMessage.SEVERITY_INFO, Texts.text("standing.objection.sent"), null);
            objection = null;
        } catch (DomainException e) {
            refused("standing.objection.refused", e);
        }
        reload();
        objectionForm = null;
    }

    /** The first step: the request to leave is shown again with what follows from it, to confirm. */
    public void askToWithdraw() {
        confirmingWithdrawal = true;
    }

    public void cancelWithdrawal() {
        confirmingWithdrawal = false;
    }

    /** The second step: the signatory confirms, and the supplier asks to leave. */
    public void confirmWithdrawal() {
        try {
            registry.requestWithdrawal(supplierId, reason == null || reason.isBlank() ? null : reason.strip());
            message(FacesMessage.SEVERITY_INFO, Texts.text("standing.withdrawal.sent"), null);
            reason = null;
        } catch (DomainException e) {
            refused("standing.withdrawal.refused", e);
        }
        confirmingWithdrawal = false;
        reload();
        withdrawalForm = null;
    }

    /** The deadline: the last calendar day in Almaty on which an objection is accepted. */
    public String getDeadline() {
        Supplier s = getSupplier();
        return s == null ? "" : s.objectionDeadline()
                .map(day -> Texts.text("standing.proceedings.deadlineValue").replace("{0}", Texts.date(day))).orElse("");
    }

    public String getObjectionClosedText() {
        Supplier s = getSupplier();
        return s == null ? "" : Texts.text("standing.objection.closed")
                .replace("{0}", s.objectionDeadline().map(Texts::date).orElse(""));
    }

    public String getWithdrawalRequestedText() {
        Supplier s = getSupplier();
        return s == null ? "" : Texts.text("standing.withdrawal.requested").replace("{0}", Texts.instant(s.statusSince()));
    }

    public String instant(Instant at) {
        return Texts.instant(at);
    }

    public String date(LocalDate day) {
        return Texts.date(day);
    }

    public int getObjectionMax() {
        return OBJECTION_MAX;
    }

    public int getReasonMax() {
        return REASON_MAX;
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }

    /** A refusal as the other registry pages show one: what was refused, the code, and what it means here. */
    private static void refused(String summaryKey, DomainException e) {
        String meaning = Texts.has("standing.problem." + e.code()) ? Texts.text("standing.problem." + e.code())
                : Texts.has("problem." + e.code()) ? Texts.text("problem." + e.code()) : null;
        message(FacesMessage.SEVERITY_ERROR, Texts.text(summaryKey) + " " + e.code() + (meaning == null ? "" : ": " + meaning),
                e.getMessage());
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    public String getObjection() {
        return objection;
    }

    public void setObjection(String objection) {
        this.objection = objection;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
