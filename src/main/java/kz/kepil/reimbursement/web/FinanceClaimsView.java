package kz.kepil.reimbursement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.reimbursement.application.Claims;
import kz.kepil.reimbursement.domain.Claim;
import kz.kepil.reimbursement.domain.ClaimStatus;
import kz.kepil.shared.error.DomainException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An akimat's claims by status ({@code ?status=}), each with its checks and the reason of the first that
 * failed. A finance officer runs a claim's checks again or rejects it with a reason; the approver and
 * auditors only read (auditors choose the akimat, {@code ?akimat=}).
 */
@Named("financeClaims")
@RequestScoped
public class FinanceClaimsView {

    /** One check, in words. */
    public record Check(String name, boolean passed, String detail) {
    }

    /** A claim, every text in the page's language. */
    public record Row(long id, String orderNumber, long supplierId, String amount, String status, String completed,
                      List<Check> checks, String failure, String rejectedReason, Long registerId) {
    }

    /** A status tab. */
    public record Tab(String param, String label, String href, boolean current) {
    }

    @Inject
    Claims claims;

    @Inject
    CurrentCaller caller;

    private String akimat;
    private String status;
    private List<Row> rows;
    private Long claimId;
    private String reason;

    public void load() {
        rows = List.of();
        try {
            rows = claims.list(getAkimatCode(), getStatusFilter(), null).stream().map(FinanceClaimsView::row).toList();
        } catch (DomainException e) {
            error(e);
        }
    }

    /** A finance officer runs the chosen claim's checks again. */
    public void recheck() {
        if (claimId == null) {
            message(FacesMessage.SEVERITY_ERROR, Texts.text("claims.chooseClaim"));
            return;
        }
        try {
            Claim c = claims.check(claimId);
            message(FacesMessage.SEVERITY_INFO, Texts.format("claims.checked", c.orderNumber(), Texts.status(c.status())));
        } catch (DomainException e) {
            error(e);
        }
        load();
    }

    /** A finance officer rejects the chosen claim with the reason given. */
    public void reject() {
        if (claimId == null) {
            message(FacesMessage.SEVERITY_ERROR, Texts.text("claims.chooseClaim"));
            return;
        }
        try {
            Claim c = claims.reject(claimId, reason);
            message(FacesMessage.SEVERITY_INFO, Texts.format("claims.rejected", c.orderNumber()));
            reason = null;
        } catch (DomainException e) {
            error(e);
        }
        load();
    }

    private static Row row(Claim c) {
        return new Row(c.id(), c.orderNumber(), c.supplierId(), Texts.tenge(c.amount()), Texts.status(c.status()),
                Texts.dateTime(c.orderCompletedAt()),
                c.checks().stream().map(k -> new Check(Texts.text("check." + k.name()), k.passed(), k.detail())).toList(),
                c.failure().orElse(null), c.rejectedReason().orElse(null), c.registerId().orElse(null));
    }

    public boolean isOfficer() {
        return caller.require().hasRole(Role.FINANCE_OFFICER);
    }

    public boolean isChooser() {
        return caller.require().hasRole(Role.AUDITOR);
    }

    public String getAkimatCode() {
        KepilPrincipal who = caller.require();
        return isChooser() && akimat != null ? akimat : who.akimatCode();
    }

    public ClaimStatus getStatusFilter() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Tab> getTabs() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String akimatParam = isChooser() && akimat != null ? "akimat=" + akimat : null;
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab("", Texts.text("claims.all"), context + "/akimat/claims.xhtml" + (akimatParam == null ? "" : "?" + akimatParam),
                getStatusFilter() == null));
        Arrays.stream(ClaimStatus.values()).forEach(s -> tabs.add(new Tab(s.name(), Texts.status(s), context
                + "/akimat/claims.xhtml?status=" + s.name() + (akimatParam == null ? "" : "&" + akimatParam), s == getStatusFilter())));
        return tabs;
    }

    /** The spreadsheet export's query: the status shown, for auditors the akimat, and the page's language. */
    public String getExportQuery() {
        ClaimStatus shown = getStatusFilter();
        List<String> params = new ArrayList<>();
        if (shown != null) {
            params.add("status=" + shown.name());
        }
        if (isChooser() && akimat != null) {
            params.add("akimatCode=" + java.net.URLEncoder.encode(akimat, java.nio.charset.StandardCharsets.UTF_8));
        }
        params.add("lang=" + kz.kepil.platform.web.PageTexts.locale().getLanguage());
        return String.join("&", params);
    }

    public String getCountText() {
        return Texts.format("claims.count", getRows().size());
    }

    /** The claims shown; read here as well as in the view action, since a form post runs no view action. */
    public List<Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    private static void error(DomainException e) {
        message(FacesMessage.SEVERITY_ERROR, Texts.refusal(e));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getAkimat() {
        return akimat;
    }

    public void setAkimat(String akimat) {
        this.akimat = akimat == null || akimat.isBlank() ? null : akimat.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getClaimId() {
        return claimId;
    }

    public void setClaimId(Long claimId) {
        this.claimId = claimId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
