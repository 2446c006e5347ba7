package kz.kepil.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Product;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.catalog.domain.ProductStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.domain.Role;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One product's page: its photos, description and attributes, and what a unit costs whom in the region
 * chosen. A card that does not exist, or that the reader may not see (hidden or withdrawn), answers 404
 * with the same words either way. The authorised body hides the card here with a reason and shows it
 * again; auditors see hidden cards and no forms.
 */
@Named("productView")
@ViewScoped
public class ProductPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Products products;

    @Inject
    transient CurrentCaller caller;

    @Inject
    CatalogLabels labels;

    private String id;
    private String region;
    private String photo;
    private String reason;

    private Long productId;
    private String regionCode;
    private transient Products.Details details;

    /** Reads the card the parameters name (f:viewAction); a 404 when there is none to show. */
    public void load() {
        productId = PageTexts.idOf(id);
        regionCode = labels.knowsRegion(region) ? region : null;
        if (getDetails() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The card as it is now; null when it is not there or not for this reader. */
    public Products.Details getDetails() {
        if (details == null && productId != null) {
            try {
                details = products.details(productId, regionCode);
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return details;
    }

    public Product getProduct() {
        return getDetails() == null ? null : details.product();
    }

    public ClassifierType getType() {
        return getDetails() == null ? null : details.type();
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** The photo shown large: the one chosen by {@code photo}, else the first. */
    public ProductPhoto.Info getLargePhoto() {
        List<ProductPhoto.Info> photos = getPhotos();
        Long chosen = PageTexts.idOf(photo);
        return photos.stream().filter(p -> chosen != null && p.id() == chosen).findFirst()
                .orElse(photos.isEmpty() ? null : photos.get(0));
    }

    public List<ProductPhoto.Info> getPhotos() {
        return getDetails() == null ? List.of() : details.photos();
    }

    public int position(ProductPhoto.Info info) {
        return getPhotos().indexOf(info) + 1;
    }

    public String photoSrc(ProductPhoto.Info info, boolean thumbnail) {
        return contextPath() + "/api/v1/products/" + info.productId() + "/photos/" + info.id()
                + "?v=" + info.sha256().substring(0, 12) + (thumbnail ? "&size=thumbnail" : "");
    }

    /** This page with another photo shown large; the region kept. */
    public String photoHref(ProductPhoto.Info info) {
        return contextPath() + "/catalog/product.xhtml?id=" + productId
                + (regionCode == null ? "" : "&region=" + regionCode) + "&photo=" + info.id();
    }

    /** The card's attributes in the order its type lists them. */
    public List<Map.Entry<String, String>> getAttributes() {
        if (getProduct() == null) {
            return List.of();
        }
        Map<String, String> values = details.product().attributes();
        return CatalogLabels.attributeOrder(details.type(), values.keySet()).stream()
                .map(code -> Map.entry(code, values.get(code))).toList();
    }

    /**
     * The regions to price the card in: those it is offered in, and the one asked for if it is not
     * among them, so that the selector shows what the amounts are for.
     */
    public List<String> getOfferedRegions() {
        if (getProduct() == null) {
            return List.of();
        }
        Set<String> codes = new TreeSet<>(details.product().regions());
        if (regionCode != null) {
            codes.add(regionCode);
        }
        return codes.stream().sorted(Comparator.comparing(labels::region)).toList();
    }

    public boolean isHidden() {
        return getProduct() != null && details.product().hiddenAt().isPresent();
    }

    public boolean isWithdrawn() {
        return getProduct() != null && details.product().status() == ProductStatus.WITHDRAWN;
    }

    public Optional<String> getHiddenReason() {
        return getProduct() == null ? Optional.empty() : details.product().hiddenReason();
    }

    public boolean isMayHide() {
        return caller.hasRole(Role.AUTHORITY);
    }

    public void hide() {
        if (!isMayHide() || productId == null) {
            return;
        }
        try {
            products.hide(productId, reason);
            reason = null;
            message(FacesMessage.SEVERITY_INFO, CatalogLabels.TEXTS.text("product.hidden.done"));
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, CatalogLabels.refusal(e));
        }
        details = null;
    }

    public void unhide() {
        if (!isMayHide() || productId == null) {
            return;
        }
        try {
            products.unhide(productId);
            message(FacesMessage.SEVERITY_INFO, CatalogLabels.TEXTS.text("product.shown.done"));
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, CatalogLabels.refusal(e));
        }
        details = null;
    }

    public String compareHref() {
        return contextPath() + "/catalog/compare.xhtml?ids=" + productId + (regionCode == null ? "" : "&region=" + regionCode);
    }

    private static void message(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPhoto() {
        return photo;
    }

    public void setPhoto(String photo) {
        this.photo = photo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
