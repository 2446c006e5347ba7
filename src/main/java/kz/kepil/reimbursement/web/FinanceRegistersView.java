package kz.kepil.reimbursement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.domain.Role;
import kz.kepil.reimbursement.application.RegisterBuilds;
import kz.kepil.reimbursement.application.Registers;
import kz.kepil.reimbursement.domain.PaymentRegister;
import kz.kepil.shared.error.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The akimat's payment registers, newest first, and the form with which a finance officer builds one
 * from the READY claims of a period (one supplier or all); the new draft opens on its own page.
 */
@Named("financeRegisters")
@RequestScoped
public class FinanceRegistersView {

    /** A register in words. */
    public record Row(long id, String number, String period, String supplier, String lines, String total, String status,
                      String createdAt) {
    }

    @Inject
    Registers registers;

    @Inject
    RegisterBuilds builds;

    @Inject
    CurrentCaller caller;

    private List<PaymentRegister> found = List.of();
    private List<Row> rows;
    private String supplierId;
    private String periodFrom;
    private String periodTo;

    public void load() {
        try {
            found = registers.list(null, null);
            rows = null;
        } catch (DomainException e) {
            message(Texts.refusal(e));
        }
    }

    /** Builds a draft and opens it. */
    public String create() {
        try {
            Long supplier = supplierId == null || supplierId.isBlank() ? null : Long.valueOf(supplierId.strip());
            Registers.Details d = builds.build(new Registers.Request(caller.require().akimatCode(), supplier,
                    LocalDate.parse(periodFrom.strip()), LocalDate.parse(periodTo.strip())), RegisterBuilds.Options.DEFAULT);
            return "/akimat/register.xhtml?faces-redirect=true&id=" + d.register().id();
        } catch (DomainException e) {
            message(Texts.refusal(e));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            message(Texts.text("registers.invalidInput"));
        }
        load();
        return null;
    }

    private static Row row(PaymentRegister r) {
        return new Row(r.id(), r.number(), Texts.date(r.periodFrom()) + " – " + Texts.date(r.periodTo()),
                r.supplierId().map(String::valueOf).orElse(Texts.text("registers.allSuppliers")), String.valueOf(r.lineCount()),
                Texts.tenge(r.total()), statusOf(r), Texts.dateTime(r.createdAt()));
    }

    /** The status in words; a register being built with how far it got. */
    private static String statusOf(PaymentRegister r) {
        return r.status() == kz.kepil.reimbursement.domain.RegisterStatus.BUILDING
                ? Texts.format("registers.building", Texts.status(r.status()), r.build().map(PaymentRegister.BuildProgress::percent).orElse(0))
                : Texts.status(r.status());
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public boolean isOfficer() {
        return caller.require().hasRole(Role.FINANCE_OFFICER);
    }

    /** The registers in words, put into words while the page renders, in the page's language (not yet set in the view action). */
    public List<Row> getRows() {
        if (rows == null) {
            rows = found.stream().map(FinanceRegistersView::row).toList();
        }
        return rows;
    }

    public String getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(String supplierId) {
        this.supplierId = supplierId;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }
}
