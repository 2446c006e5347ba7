package kz.kepil.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.registry.application.PublicContracts;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.Supplier;
import kz.kepil.shared.error.DomainException;

/**
 * The supplier's public offer contract: the current version's text in the page's language, whether the
 * supplier has signed it, and where the browser fetches the document to sign and posts the signature.
 * Without {@code id} the page is about the caller's first supplier; another supplier's id shows nothing.
 * The REST API decides who may sign.
 */
@Named("supplierContract")
@RequestScoped
public class SupplierContractView {

    @Inject
    Registry registry;

    @Inject
    PublicContracts contracts;

    @Inject
    CurrentCaller caller;

    private Long id;
    private Supplier supplier;
    private boolean loaded;


    /** The GET parameters: the templates leave f:metadata no place at the view root, so no f:viewParam. */
    @PostConstruct
    void readParameters() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (id == null) {
            id = Texts.idOf(parameters.get("id"));
        }
    }

    public Supplier getSupplier() {
        if (!loaded) {
            loaded = true;
            KepilPrincipal who = caller.principal().orElse(null);
            Long wanted = who == null ? null : id != null ? id : who.supplierId();
            try {
                // Only the caller's own supplier: the page is the supplier's workspace, not the public registry.
                supplier = wanted == null || !who.supplierIds().contains(wanted) ? null : registry.supplier(wanted);
            } catch (DomainException e) {
                supplier = null;
            }
        }
        return supplier;
    }

    public int getVersion() {
        return contracts.current().version();
    }

    /** The text in the page's language; Kazakh, the state language, when the language has no text. */
    public String getText() {
        return contracts.current().textIn(Texts.locale());
    }

    public String getSha256() {
        return contracts.current().sha256In(Texts.locale());
    }

    /** The supplier has signed the current version. */
    public boolean isSigned() {
        return getSupplier() != null && supplier.contractVersion().map(v -> v == getVersion()).orElse(false);
    }

    public Integer getSignedVersion() {
        return getSupplier() == null ? null : supplier.contractVersion().orElse(null);
    }

    public String getDocumentPath() {
        return "/api/v1/suppliers/" + getSupplier().id() + "/public-contract/document";
    }

    public String getSignaturePath() {
        return "/api/v1/suppliers/" + getSupplier().id() + "/public-contract/signature";
    }

    public String instant(java.time.Instant at) {
        return Texts.instant(at);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
