package kz.kepil.reimbursement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.reimbursement.application.Budgets;
import kz.kepil.reimbursement.domain.Budget;
import kz.kepil.shared.error.DomainException;

import java.util.List;

/**
 * An akimat's budget for a year and its ledger, line by line. Finance staff read their own akimat;
 * auditors and the authority choose one ({@code ?akimat=}); the year is {@code ?year=}, this year by default.
 */
@Named("financeBudget")
@RequestScoped
public class FinanceBudgetView extends AkimatChoosingView {

    /** A ledger line, in words. */
    public record Line(long id, String at, String kind, String order, String register, String amount, String reason,
                       String actor) {
    }

    @Inject
    Budgets budgets;

    private Integer year;
    private Budget budget;
    private List<Line> lines = List.of();

    public void load() {
        String code = getAkimatCode();
        if (code == null) {
            return;
        }
        try {
            budget = budgets.read(code, getYear());
            lines = budgets.movements(code, getYear()).stream().map(m -> new Line(m.id(), Texts.dateTime(m.at()),
                    Texts.text("movement." + m.kind().name()), m.orderId().map(o -> "O-" + o).orElse(""),
                    m.registerId().map(r -> "R-" + r).orElse(""), Texts.tenge(m.amount()), m.reason().orElse(""), m.actor()))
                    .toList();
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(e), null));
        }
    }

    @Override
    public boolean isChooser() {
        KepilPrincipal who = caller.require();
        return who.hasRole(Role.AUDITOR) || who.hasRole(Role.AUTHORITY);
    }

    public Budget getBudget() {
        return budget;
    }

    public String tenge(kz.kepil.shared.domain.Money m) {
        return Texts.tenge(m);
    }

    public List<Line> getLines() {
        return lines;
    }

    public int getYear() {
        return year == null || year < 2000 || year > 2100 ? budgets.currentYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
