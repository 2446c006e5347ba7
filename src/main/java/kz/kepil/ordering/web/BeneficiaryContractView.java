package kz.kepil.ordering.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.Workspaces;
import kz.kepil.ordering.application.BeneficiaryContracts;
import kz.kepil.ordering.domain.BeneficiaryContract;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The beneficiary's public contract ({@code ?for=<IIN>} for a person represented): its text in the
 * page's language, whether the version in force is signed, and where the browser fetches the document
 * and posts the signature. {@code ?return=} names the cabinet page to go back to once signed (the order
 * wizard sends people here).
 */
@Named("beneficiaryContract")
@RequestScoped
public class BeneficiaryContractView {

    @Inject
    BeneficiaryContracts contracts;

    private String forIin;
    private String back;
    private String beneficiary;
    private Optional<BeneficiaryContract> accepted;

    @PostConstruct
    void readParameters() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String value = parameters.get("for");
        forIin = value == null || value.isBlank() ? null : value.strip();
        // Only a page of the cabinet itself, never another site.
        back = Workspaces.safeReturnTo(parameters.get("return")).filter(r -> r.startsWith("/cabinet/")).orElse(null);
    }

    /** Whose contract it is; empty (with a message) when the caller does not act for that person. */
    public String getBeneficiary() {
        if (beneficiary == null && accepted == null) {
            try {
                beneficiary = contracts.beneficiary(forIin);
                accepted = contracts.accepted(beneficiary);
            } catch (DomainException e) {
                accepted = Optional.empty();
                OrderLine.TEXTS.message(FacesMessage.SEVERITY_ERROR, "contract.notYours", null);
            }
        }
        return beneficiary;
    }

    public boolean isSigned() {
        return getBeneficiary() != null && accepted.isPresent();
    }

    /** "Signed on … by IIN …", or that it is not signed yet. */
    public String getStateText() {
        return isSigned()
                ? OrderLine.TEXTS.format("contract.signed", PageTexts.dateTime(accepted.get().signedAt()), accepted.get().signerIin())
                : OrderLine.TEXTS.text("contract.notSigned");
    }

    public int getVersion() {
        return contracts.currentVersion();
    }

    public String getText() {
        return contracts.current().textIn(PageTexts.locale());
    }

    public String getSha256() {
        return contracts.current().sha256In(PageTexts.locale());
    }

    private String query() {
        return forIin == null ? "" : "?iin=" + URLEncoder.encode(forIin, StandardCharsets.UTF_8);
    }

    public String getDocumentPath() {
        return "/api/v1/me/public-contract/document" + query();
    }

    public String getSignaturePath() {
        return "/api/v1/me/public-contract/signature" + query();
    }

    /** Where to go once signed: back where the person came from, else this page showing the signature. */
    public String getDoneUrl() {
        return back != null ? back : "/cabinet/contract.xhtml" + (forIin == null ? "" : "?for=" + forIin);
    }

    public String getBack() {
        return back;
    }
}
