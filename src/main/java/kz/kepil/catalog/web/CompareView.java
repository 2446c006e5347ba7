package kz.kepil.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Up to four products side by side, priced for one region. The ids come as {@code ids=1,2,3} or as
 * repeated {@code ids} parameters (what the search page's plain form sends); beyond four the rest are
 * left out, and products that cannot be shown are named by their number, so the page says what it did.
 */
@Named("compareView")
@RequestScoped
public class CompareView {

    static final int MAX_COMPARED = 4;

    /** One attribute row: its label and each product's value, empty where a product lacks it. */
    public record AttributeRow(String code, String label, List<String> values) {
    }

    @Inject
    Products products;

    @Inject
    CatalogLabels labels;

    private String region;
    private String regionCode;
    private final List<Products.Details> compared = new ArrayList<>();
    private final List<Long> missing = new ArrayList<>();
    private boolean truncated;

    /** Reads the products the address names (f:viewAction). */
    public void load() {
        regionCode = labels.knowsRegion(region) ? region : null;
        Set<Long> ids = new LinkedHashSet<>();
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("ids");
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    Long id = PageTexts.idOf(part);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
        }
        for (Long id : ids) {
            if (compared.size() + missing.size() == MAX_COMPARED) {
                truncated = true;
                break;
            }
            try {
                compared.add(products.details(id, regionCode));
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                missing.add(id);
            }
        }
    }

    public List<Products.Details> getCompared() {
        return compared;
    }

    public String getMissingText() {
        return missing.isEmpty() ? null : CatalogLabels.format("compare.missing",
                missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    public boolean isTruncated() {
        return truncated;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** The union of the products' attributes: each product's in its type's order, in the order of the products. */
    public List<AttributeRow> getAttributeRows() {
        Map<String, ClassifierType> owners = new LinkedHashMap<>();
        for (Products.Details d : compared) {
            for (String code : CatalogLabels.attributeOrder(d.type(), d.product().attributes().keySet())) {
                owners.putIfAbsent(code, d.type());
            }
        }
        List<AttributeRow> rows = new ArrayList<>();
        owners.forEach((code, type) -> rows.add(new AttributeRow(code, labels.attributeName(type, code),
                compared.stream().map(d -> {
                    String value = d.product().attributes().get(code);
                    return value == null ? "" : labels.attributeValue(d.type(), code, value);
                }).toList())));
        return rows;
    }

    public ProductPhoto.Info firstPhoto(Products.Details d) {
        return d.photos().isEmpty() ? null : d.photos().get(0);
    }

    public String thumbnailSrc(ProductPhoto.Info info) {
        return contextPath() + "/api/v1/products/" + info.productId() + "/photos/" + info.id() + "?size=thumbnail&v="
                + info.sha256().substring(0, 12);
    }

    public String productHref(Products.Details d) {
        return contextPath() + "/catalog/product.xhtml?id=" + d.product().id()
                + (regionCode == null ? "" : "&region=" + regionCode);
    }

    /** This comparison without one product. */
    public String withoutHref(Products.Details left) {
        String ids = compared.stream().filter(d -> d != left).map(d -> String.valueOf(d.product().id()))
                .collect(Collectors.joining(","));
        return contextPath() + "/catalog/compare.xhtml?ids=" + ids + (regionCode == null ? "" : "&region=" + regionCode);
    }

    /** The ids compared, for the region selector to keep them. */
    public String getIds() {
        return compared.stream().map(d -> String.valueOf(d.product().id())).collect(Collectors.joining(","));
    }

    public String getSearchHref() {
        return contextPath() + "/catalog/index.xhtml" + (regionCode == null ? "" : "?region=" + regionCode);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
