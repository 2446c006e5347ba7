package kz.kepil.catalog.web;

import kz.kepil.platform.web.TengeInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.CatalogIndex;
import kz.kepil.catalog.application.CatalogSearch;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.domain.Money;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public catalog search. Every filter is a GET parameter, so a search is an address to bookmark or
 * share and the page works without script. Anyone may type an address: a value that does not parse is
 * left out and the page says which, rather than failing.
 */
@Named("searchView")
@RequestScoped
public class CatalogSearchView {

    static final int PAGE_SIZE = 20;
    /** Page links shown on each side of the current page before the rest collapse into a gap. */
    private static final int PAGE_WINDOW = 2;
    private static final int MAX_TEXT = 200;
    /** Far beyond any real catalog, and small enough that page × size never overflows. */
    private static final long MAX_PAGE = 10_000;

    /** A sort as the address names it, lower case. */
    public enum SortOption {
        RELEVANCE, PRICE, PRICE_DESC, TOP_UP, DELIVERY;

        public String getParam() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The types of one category, for an option group. */
    public record TypeGroup(ProductCategory category, List<ClassifierType> types) {
    }

    /** A link of the pager: a page number, or a gap between numbers. */
    public record PageLink(int number, String href, boolean current, boolean gap) {
    }

    @Inject
    CatalogSearch search;

    @Inject
    Classifier classifier;

    @Inject
    SupplierStandings standings;

    @Inject
    CatalogLabels labels;

    private String q;
    private String category;
    private String type;
    private String region;
    private String supplier;
    private String minPrice;
    private String maxPrice;
    private String maxTopUp;
    private String noTopUp;
    private String sort;
    private String page;

    /** The filters as understood, by parameter name, for links that keep them. */
    private final Map<String, String> understood = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private CatalogIndex.Page result;

    /** Runs the search the parameters describe (f:viewAction). */
    public void search() {
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        keep("q", text);
        ProductCategory c = enumOf(ProductCategory.class, category, "catalog.category");
        keep("category", c == null ? null : c.name());
        String typeCode = blankToNull(type);
        if (typeCode != null && labels.type(typeCode).filter(ClassifierType::soldOnPortal).isEmpty()) {
            ignored.add(CatalogLabels.TEXTS.text("catalog.type"));
            typeCode = null;
        }
        keep("type", typeCode);
        String regionCode = blankToNull(region);
        if (regionCode != null && !labels.knowsRegion(regionCode)) {
            ignored.add(CatalogLabels.TEXTS.text("catalog.region"));
            regionCode = null;
        }
        keep("region", regionCode);
        Long supplierId = PageTexts.idOf(supplier);
        if (supplierId == null && blankToNull(supplier) != null) {
            ignored.add(CatalogLabels.TEXTS.text("catalog.supplier"));
        }
        keep("supplier", supplierId == null ? null : supplierId.toString());
        Money min = money(minPrice, "minPrice", "catalog.minPrice");
        Money max = money(maxPrice, "maxPrice", "catalog.maxPrice");
        Money topUp = money(maxTopUp, "maxTopUp", "catalog.maxTopUp");
        if (isNoTopUpChecked()) {
            keep("noTopUp", "true");
            topUp = Money.ZERO;
        }
        SortOption order = enumOf(SortOption.class, sort == null ? null : sort.toUpperCase(Locale.ROOT), "catalog.sort");
        keep("sort", order == null ? null : order.getParam());
        long wanted = Math.min(MAX_PAGE, Math.max(1, Optional.ofNullable(PageTexts.idOf(page)).orElse(1L)));
        CatalogIndex.Query query = new CatalogIndex.Query(text, typeCode, c, regionCode, supplierId, min, max, topUp,
                order == null ? null : CatalogIndex.Sort.valueOf(order.name()), (int) wanted - 1, PAGE_SIZE);
        result = search.search(query);
        if (result.hits().isEmpty() && result.total() > 0) {
            // A page past the end, from an old link: show the last one there is.
            result = search.search(new CatalogIndex.Query(text, typeCode, c, regionCode, supplierId, min, max, topUp,
                    query.sort(), (result.total() - 1) / PAGE_SIZE, PAGE_SIZE));
        }
    }

    public List<CatalogIndex.Hit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public int getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPageNumber() {
        return result == null ? 1 : result.page() + 1;
    }

    public int getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** "12 products found. Page 1 of 1." — the sentence the live region reads out. */
    public String getCountText() {
        String found = CatalogLabels.format("catalog.count", getTotal());
        return getPageCount() > 1 ? found + " " + CatalogLabels.format("catalog.countPage", getPageNumber(), getPageCount())
                : found;
    }

    /** The first, the last, and the pages around the current one; gaps for the rest. */
    public List<PageLink> getPageLinks() {
        int count = getPageCount();
        int current = getPageNumber();
        List<PageLink> links = new ArrayList<>();
        if (count <= 1) {
            return links;
        }
        boolean gap = false;
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - current) <= PAGE_WINDOW) {
                links.add(new PageLink(n, pageHref(n), n == current, false));
                gap = false;
            } else if (!gap) {
                links.add(new PageLink(n, null, false, true));
                gap = true;
            }
        }
        return links;
    }

    public String getPreviousHref() {
        return getPageNumber() > 1 ? pageHref(getPageNumber() - 1) : null;
    }

    public String getNextHref() {
        return getPageNumber() < getPageCount() ? pageHref(getPageNumber() + 1) : null;
    }

    /** The address of the same search on another page. */
    public String pageHref(int number) {
        Map<String, String> parameters = new LinkedHashMap<>(understood);
        if (number > 1) {
            parameters.put("page", String.valueOf(number));
        }
        return contextPath() + "/catalog/index.xhtml" + query(parameters);
    }

    /** The product's page, priced for the region searched. */
    public String productHref(CatalogIndex.Hit hit) {
        return contextPath() + "/catalog/product.xhtml?id=" + hit.productId()
                + (understood.containsKey("region") ? "&region=" + encode(understood.get("region")) : "");
    }

    public String thumbnailSrc(CatalogIndex.Hit hit) {
        return hit.photoId() == null ? null
                : contextPath() + "/api/v1/products/" + hit.productId() + "/photos/" + hit.photoId() + "?size=thumbnail";
    }

    public String getIgnoredText() {
        return ignored.isEmpty() ? null : CatalogLabels.format("catalog.ignored", String.join(", ", ignored));
    }

    public boolean isFiltered() {
        return !understood.isEmpty();
    }

    public String getRegionCode() {
        return understood.get("region");
    }

    public boolean isNoTopUpChecked() {
        String v = blankToNull(noTopUp);
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }

    /** The types sold on the portal, by category: those bought by procurement are never found here. */
    public List<TypeGroup> getTypeGroups() {
        Map<ProductCategory, List<ClassifierType>> byCategory = classifier.types().stream()
                .filter(ClassifierType::soldOnPortal)
                .collect(Collectors.groupingBy(ClassifierType::category, () -> new EnumMap<>(ProductCategory.class),
                        Collectors.toList()));
        return byCategory.entrySet().stream().map(e -> new TypeGroup(e.getKey(), e.getValue())).toList();
    }

    public List<ProductCategory> getCategories() {
        return Arrays.stream(ProductCategory.values()).filter(c -> c != ProductCategory.PROSTHETIC_ORTHOPAEDIC).toList();
    }

    /** The suppliers that sell now, by name. */
    public List<SupplierStandings.Standing> getSuppliers() {
        Collator collator = Collator.getInstance(PageTexts.locale());
        return standings.all().stream().filter(SupplierStandings.Standing::takesNewOrders)
                .sorted(Comparator.comparing(SupplierStandings.Standing::name, collator)).toList();
    }

    public List<SortOption> getSorts() {
        return Arrays.asList(SortOption.values());
    }

    public boolean selected(String parameter, Object value) {
        return value != null && value.toString().equals(understood.get(parameter));
    }

    private Money money(String typed, String parameter, String labelKey) {
        if (blankToNull(typed) == null) {
            return null;
        }
        Optional<Money> amount = TengeInput.parse(typed);
        if (amount.isEmpty()) {
            ignored.add(CatalogLabels.TEXTS.text(labelKey));
            return null;
        }
        keep(parameter, amount.get().toString());
        return amount.get();
    }

    private <E extends Enum<E>> E enumOf(Class<E> kind, String name, String labelKey) {
        String v = blankToNull(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(kind, v);
        } catch (IllegalArgumentException unknown) {
            ignored.add(CatalogLabels.TEXTS.text(labelKey));
            return null;
        }
    }

    private void keep(String parameter, String value) {
        if (value != null) {
            understood.put(parameter, value);
        }
    }

    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(String minPrice) {
        this.minPrice = minPrice;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(String maxPrice) {
        this.maxPrice = maxPrice;
    }

    public String getMaxTopUp() {
        return maxTopUp;
    }

    public void setMaxTopUp(String maxTopUp) {
        this.maxTopUp = maxTopUp;
    }

    public String getNoTopUp() {
        return noTopUp;
    }

    public void setNoTopUp(String noTopUp) {
        this.noTopUp = noTopUp;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
