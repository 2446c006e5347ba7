package kz.kepil.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierAttribute;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.Unit;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Region;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the catalog's pages write the same way everywhere, in the page's language: amounts in tenge,
 * the names of types, categories, units and regions, attribute names and values. Regions are read
 * once a request.
 */
@Named("catalogLabels")
@RequestScoped
public class CatalogLabels {

    static final String BUNDLE = "kz.kepil.catalog.web.messages";
    static final PageTexts TEXTS = new PageTexts(BUNDLE);

    /** Below a trillion tenge, at most two decimals: more is a typing slip, not an amount. */

    @Inject
    Classifier classifier;

    @Inject
    Regions regions;

    private Map<String, Region> regionsByCode;

    /** A text of the catalog's bundle with {0}, {1}… replaced. */
    static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }

    /** How a refusal reads on a page: its code, and what it means if the bundle says. */
    static String refusal(DomainException e) {
        return TEXTS.refusal(e);
    }

    public String tenge(Money amount) {
        return PageTexts.tenge(amount);
    }

    public String tenge(BigDecimal amount) {
        return amount == null ? "" : PageTexts.tenge(Money.of(amount));
    }

    public String instant(Instant at) {
        return PageTexts.instant(at);
    }

    public String category(ProductCategory category) {
        return category == null ? "" : TEXTS.text("category." + category.name());
    }

    public String unit(Unit unit) {
        return unit == null ? "" : TEXTS.text("unit." + unit.name());
    }

    public Optional<ClassifierType> type(String code) {
        try {
            return code == null ? Optional.empty() : classifier.find(new ClassifierCode(code));
        } catch (DomainException notACode) {
            return Optional.empty();
        }
    }

    /** The type's name in the page's language; the code itself for a code the classifier lacks. */
    public String typeName(String code) {
        return type(code).map(this::typeName).orElse(code == null ? "" : code);
    }

    public String typeName(ClassifierType type) {
        return type.names().in(PageTexts.locale());
    }

    public String region(String code) {
        Region region = regionMap().get(code);
        return region == null ? String.valueOf(code) : region.names().in(PageTexts.locale());
    }

    /** Region names, in the order the page's language sorts them. */
    public String regions(Collection<String> codes) {
        return codes.stream().map(this::region).sorted(Collator.getInstance(PageTexts.locale()))
                .collect(Collectors.joining(", "));
    }

    /** Every region, by its name in the page's language, for region selectors. */
    public List<Region> getRegionsByName() {
        Collator collator = Collator.getInstance(PageTexts.locale());
        return regionMap().values().stream()
                .sorted(Comparator.comparing((Region r) -> r.names().in(PageTexts.locale()), collator)).toList();
    }

    public boolean knowsRegion(String code) {
        return code != null && regionMap().containsKey(code);
    }

    /** An attribute's name in the page's language, with its unit, as the type defines it. */
    public String attributeName(ClassifierType type, String code) {
        Optional<ClassifierAttribute> attribute = type == null ? Optional.empty() : type.attribute(code);
        return attribute.map(a -> a.names().in(PageTexts.locale())
                        + a.unit().map(CatalogLabels::attributeUnit).filter(u -> !u.isBlank()).map(u -> ", " + u).orElse(""))
                .orElse(code);
    }

    /** A product's attribute codes in the order its type lists them; codes the type no longer knows last. */
    public static List<String> attributeOrder(ClassifierType type, Collection<String> codes) {
        List<String> known = type == null ? List.of() : type.attributes().stream().map(ClassifierAttribute::code).toList();
        return codes.stream().sorted(Comparator.comparingInt((String c) -> known.contains(c) ? known.indexOf(c) : known.size())
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** A decimal such as an MCI factor as the page's language writes it: "2.1", "2,1". */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(PageTexts.locale());
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }

    /** An attribute's value as a reader reads it: a choice in words ("yes", "Kazakh + Russian"), a number as is. */
    public String attributeValue(ClassifierType type, String code, String value) {
        if (value == null) {
            return "";
        }
        boolean choice = type != null && type.attribute(code)
                .map(a -> a.valueType() == ClassifierAttribute.ValueType.CHOICE).orElse(false);
        if (!choice) {
            return value;
        }
        return Arrays.stream(value.split("\\+")).map(part -> {
            String key = "choice." + part.strip();
            return TEXTS.has(key) ? TEXTS.text(key) : part.strip();
        }).collect(Collectors.joining(" + "));
    }

    /** The unit as the page's language writes it; blank where the attribute's name already says it. */
    private static String attributeUnit(String unit) {
        String key = "attributeUnit." + unit;
        return TEXTS.has(key) ? TEXTS.text(key) : unit;
    }

    private Map<String, Region> regionMap() {
        if (regionsByCode == null) {
            regionsByCode = new LinkedHashMap<>();
            regions.regions().forEach(r -> regionsByCode.put(r.code(), r));
        }
        return regionsByCode;
    }
}
