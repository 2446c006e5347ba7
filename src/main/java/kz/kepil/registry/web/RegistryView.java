package kz.kepil.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.Supplier;
import kz.kepil.registry.domain.SupplierDecision;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public registry: every supplier with its state, filtered by state, region and category given as
 * GET parameters so that a filtered list can be bookmarked; and one supplier with its signed history.
 * Unknown filter values are ignored rather than refused, since anyone may type an address.
 */
@Named("registryView")
@RequestScoped
public class RegistryView {

    @Inject
    Registry registry;

    @Inject
    Regions regions;

    private String status;
    private String region;
    private String category;
    private Long id;

    private List<Supplier> suppliers;
    private Supplier supplier;
    private boolean supplierLoaded;


    /** The GET parameters: the templates leave f:metadata no place at the view root, so no f:viewParam. */
    @PostConstruct
    void readParameters() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (status == null) {
            status = parameters.get("status");
        }
        if (region == null) {
            region = parameters.get("region");
        }
        if (category == null) {
            category = parameters.get("category");
        }
        if (id == null) {
            id = Texts.idOf(parameters.get("id"));
        }
    }

    public List<Supplier> getSuppliers() {
        if (suppliers == null) {
            suppliers = registry.registry(enumOf(SupplierStatus.class, status),
                    regions.region(blankToNull(region)).map(Region::code).orElse(null),
                    enumOf(ProductCategory.class, category));
        }
        return suppliers;
    }

    /** The supplier asked for by {@code id}; null when there is none, and the page says so. */
    public Supplier getSupplier() {
        if (!supplierLoaded) {
            supplierLoaded = true;
            try {
                supplier = id == null ? null : registry.supplier(id);
            } catch (DomainException e) {
                supplier = null;
            }
        }
        return supplier;
    }

    /** The signed decisions, the public history; drafts are the authority's business until signed. */
    public List<SupplierDecision> getHistory() {
        return getSupplier() == null ? List.of()
                : registry.decisions(supplier.id()).stream().filter(SupplierDecision::isSigned).toList();
    }

    public List<SupplierStatus> getStatuses() {
        return Arrays.asList(SupplierStatus.values());
    }

    public List<ProductCategory> getCategories() {
        return Arrays.asList(ProductCategory.values());
    }

    public List<Region> getRegions() {
        return regions.regions();
    }

    public String regionName(String code) {
        return regions.region(code).map(r -> r.names().in(Texts.locale())).orElse(code);
    }

    public String regionNames(Collection<String> codes) {
        return codes.stream().sorted().map(this::regionName).collect(Collectors.joining(", "));
    }

    public String categoryNames(Collection<ProductCategory> categories) {
        return categories.stream().sorted().map(c -> Texts.text("category." + c.name())).collect(Collectors.joining(", "));
    }

    public String instant(Instant at) {
        return Texts.instant(at);
    }

    public String date(LocalDate day) {
        return Texts.date(day);
    }

    public boolean isFiltered() {
        return blankToNull(status) != null || blankToNull(region) != null || blankToNull(category) != null;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (blankToNull(name) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
