package kz.kepil.reimbursement.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.reimbursement.application.Registers;
import kz.kepil.reimbursement.domain.PaymentRegister;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.shared.error.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One payment register ({@code ?id=}): its lines and total, who built and approved it, its payment. The
 * approver (not the maker) signs it with their EDS in the browser (sign-document.js against the REST
 * API, which decides); the maker discards a draft; finance records the bank's payment of an approved
 * register and downloads its payment file. Auditors only read.
 */
@Named("financeRegister")
@RequestScoped
public class FinanceRegisterView {

    /** The lines a page shows at most: a register built by the batch job may have hundreds of thousands. */
    static final int PAGE_LINES = 500;

    /** A line in words. */
    public record Line(long claimId, String orderNumber, long supplierId, String amount) {
    }

    @Inject
    Registers registers;

    @Inject
    CurrentCaller caller;

    private Long id;
    private Registers.Details details;
    private boolean loaded;
    private String bankReference;
    private String paidOn;

    @PostConstruct
    void readParameters() {
        id = PageTexts.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    public Registers.Details getDetails() {
        if (!loaded) {
            loaded = true;
            try {
                details = id == null ? null : registers.details(id, PAGE_LINES);
            } catch (DomainException e) {
                details = null;
            }
        }
        return details;
    }

    public PaymentRegister getRegister() {
        return getDetails() == null ? null : details.register();
    }

    public List<Line> getLines() {
        return getDetails() == null ? List.of() : details.lines().stream()
                .map(l -> new Line(l.claimId(), l.orderNumber(), l.supplierId(), Texts.tenge(l.amount()))).toList();
    }

    /** The note that only the first lines are shown, or nothing when all are. */
    public String getLinesNote() {
        PaymentRegister r = getRegister();
        return r == null || r.lineCount() <= details.lines().size() ? "" : Texts.format("register.linesShown",
                details.lines().size(), r.lineCount());
    }

    /** Its batch job is still building it: the page shows the progress and follows it. */
    public boolean isBuilding() {
        return getRegister() != null && getRegister().status() == RegisterStatus.BUILDING;
    }

    public PaymentRegister.BuildProgress getBuild() {
        return getRegister() == null ? null : getRegister().build().orElse(null);
    }

    /** The progress in words, e.g. "120000 of 250000 claims gone through (48 %)". */
    public String getBuildText() {
        PaymentRegister.BuildProgress b = getBuild();
        return b == null ? "" : Texts.format("register.buildProgress", b.claimsDone(), b.claimsToDo(), b.percent());
    }

    /** Why the build last stopped, while it waits to be started again; empty otherwise. */
    public String getBuildStopped() {
        PaymentRegister.BuildProgress b = getBuild();
        return b == null || !isBuilding() || b.failure().isEmpty() ? "" : Texts.format("register.buildStopped", b.failure().get());
    }

    /** Where the page's script reads the progress (the register without its lines). */
    public String getProgressPath() {
        return "/api/v1/reimbursement/registers/" + id + "?lines=0";
    }

    public String getStatusText() {
        return getRegister() == null ? "" : Texts.status(getRegister().status());
    }

    public String getTotal() {
        return Texts.tenge(getRegister().total());
    }

    public String getPeriod() {
        return Texts.date(getRegister().periodFrom()) + " – " + Texts.date(getRegister().periodTo());
    }

    public String when(java.time.Instant at) {
        return Texts.dateTime(at);
    }

    /** A finance approver of the akimat who did not build it may sign a draft. */
    public boolean isMayApprove() {
        KepilPrincipal who = caller.require();
        PaymentRegister r = getRegister();
        return r != null && r.status() == RegisterStatus.DRAFT && who.hasRole(Role.FINANCE_APPROVER)
                && r.akimatCode().equals(who.akimatCode()) && !r.createdBy().equals(who.iin());
    }

    /** The maker sees that another person must approve. */
    public boolean isMaker() {
        PaymentRegister r = getRegister();
        return r != null && r.createdBy().equals(caller.require().iin());
    }

    public boolean isMayDiscard() {
        PaymentRegister r = getRegister();
        return r != null && r.status() == RegisterStatus.DRAFT && isMaker() && caller.require().hasRole(Role.FINANCE_OFFICER);
    }

    public boolean isMayRecordPayment() {
        KepilPrincipal who = caller.require();
        PaymentRegister r = getRegister();
        return r != null && r.status() == RegisterStatus.APPROVED && r.akimatCode().equals(who.akimatCode())
                && (who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER));
    }

    public boolean isHasPaymentFile() {
        PaymentRegister r = getRegister();
        return r != null && (r.status() == RegisterStatus.APPROVED || r.status() == RegisterStatus.PAID);
    }

    public String getDocumentPath() {
        return "/api/v1/reimbursement/registers/" + id + "/document";
    }

    public String getApprovalPath() {
        return "/api/v1/reimbursement/registers/" + id + "/approval";
    }

    public String getPaymentFilePath() {
        return "/api/v1/reimbursement/registers/" + id + "/payment-file";
    }

    /** Finance records the bank's payment. */
    public String pay() {
        try {
            registers.pay(id, bankReference, LocalDate.parse(paidOn == null ? "" : paidOn.strip()));
            return "/akimat/register.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            message(Texts.refusal(e));
        } catch (DateTimeParseException e) {
            message(Texts.text("register.paidOnInvalid"));
        }
        loaded = false;
        return null;
    }

    /** The maker discards the draft. */
    public String discard() {
        try {
            registers.discard(id);
            return "/akimat/registers.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            message(Texts.refusal(e));
        }
        loaded = false;
        return null;
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Long getId() {
        return id;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }

    public String getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(String paidOn) {
        this.paidOn = paidOn;
    }
}
