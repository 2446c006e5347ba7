package kz.kepil.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.domain.Role;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.Decision;
import kz.kepil.registry.domain.Ground;
import kz.kepil.registry.domain.Supplier;
import kz.kepil.registry.domain.SupplierDecision;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The authorised body's decisions on suppliers: those awaiting one (applications, exclusion proceedings
 * with their objection deadline, withdrawal requests, suspensions), a decision drafted here, and the
 * unsigned drafts the official then signs in the browser with their own signing key. Auditors see the
 * same lists and cannot draft.
 */
@Named("supplierDecisions")
@ViewScoped
public class SupplierDecisionsView implements Serializable {

    static final Set<SupplierStatus> AWAITING = EnumSet.of(SupplierStatus.APPLIED, SupplierStatus.EXCLUSION_PENDING,
            SupplierStatus.WITHDRAWAL_REQUESTED, SupplierStatus.SUSPENDED);

    @Inject
    transient Registry registry;

    @Inject
    transient CurrentCaller caller;

    private Long id;
    private Decision decision;
    private Ground ground;
    private String note;


    /** The GET parameters: the templates leave f:metadata no place at the view root, so no f:viewParam. */
    @PostConstruct
    void readParameters() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (id == null) {
            id = Texts.idOf(parameters.get("id"));
        }
    }

    public List<Supplier> getAwaiting() {
        return registry.registry(null, null, null).stream().filter(s -> AWAITING.contains(s.status())).toList();
    }

    /** The supplier chosen by {@code id}, read afresh on each request; null when there is none. */
    public Supplier getSupplier() {
        if (id == null) {
            return null;
        }
        try {
            return registry.supplier(id);
        } catch (DomainException e) {
            return null;
        }
    }

    /** The drafts not yet signed, newest last, each to be signed or left. */
    public List<SupplierDecision> getDrafts() {
        return getSupplier() == null ? List.of()
                : registry.decisions(id).stream().filter(d -> !d.isSigned()).toList();
    }

    public List<SupplierDecision> getHistory() {
        return getSupplier() == null ? List.of()
                : registry.decisions(id).stream().filter(SupplierDecision::isSigned).toList();
    }

    /** The decisions the supplier's state allows; the others would only be refused. */
    public List<Decision> getDecisions() {
        Supplier supplier = getSupplier();
        return supplier == null ? List.of()
                : Arrays.stream(Decision.values()).filter(d -> d.allowedFrom(supplier.status())).toList();
    }

    /** Every ground: one that does not fit the decision is refused with its code, which says why. */
    public List<Ground> getGrounds() {
        return Arrays.asList(Ground.values());
    }

    public boolean isMayDecide() {
        return caller.hasRole(Role.AUTHORITY);
    }

    public void draft() {
        if (!isMayDecide()) {
            message(FacesMessage.SEVERITY_ERROR, Texts.text("admin.suppliers.readOnly"), null);
            return;
        }
        try {
            SupplierDecision drafted = registry.draft(id, decision, ground, note == null || note.isBlank() ? null : note.strip());
            message(FacesMessage.SEVERITY_INFO, Texts.text("admin.suppliers.drafted").replace("{0}",
                    String.valueOf(drafted.id())), null);
            decision = null;
            ground = null;
            note = null;
        } catch (DomainException e) {
            String key = "problem." + e.code();
            message(FacesMessage.SEVERITY_ERROR, Texts.text("admin.suppliers.refused") + " " + e.code()
                    + (Texts.has(key) ? ": " + Texts.text(key) : ""), e.getMessage());
        }
    }

    public String documentPath(SupplierDecision d) {
        return "/api/v1/suppliers/" + d.supplierId() + "/decisions/" + d.id() + "/document";
    }

    public String signaturePath(SupplierDecision d) {
        return "/api/v1/suppliers/" + d.supplierId() + "/decisions/" + d.id() + "/signature";
    }

    public String instant(java.time.Instant at) {
        return Texts.instant(at);
    }

    public String date(java.time.LocalDate day) {
        return Texts.date(day);
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public Ground getGround() {
        return ground;
    }

    public void setGround(Ground ground) {
        this.ground = ground;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
