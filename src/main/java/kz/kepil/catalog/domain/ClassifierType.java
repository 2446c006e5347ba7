package kz.kepil.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A type of the classifier: what an entitlement names and a product card offers. Reference data,
 * changed only by migration: its category, unit, channel, the replacement period, the yearly and
 * quarterly norms, and the attributes a product of the type must state.
 */
@Entity
@Table(name = "classifier_type")
@NamedQuery(name = "ClassifierType.all",
        query = "SELECT t FROM ClassifierType t ORDER BY t.category, t.position, t.code")
public class ClassifierType {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private ProductCategory category;

    @Embedded
    private LocalizedNames names;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 10)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 12)
    private Channel channel;

    @Column(name = "replacement_months")
    private Integer replacementMonths;

    @Column(name = "yearly_norm")
    private Integer yearlyNorm;

    @Column(name = "quarterly_min")
    private Integer quarterlyMin;

    @Column(name = "norm_group", length = 30)
    private String normGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "excess", nullable = false, length = 12)
    private Excess excess;

    @Column(name = "daily_max")
    private Integer dailyMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "wheelchair_kind", length = 20)
    private WheelchairKind wheelchairKind;

    @Column(name = "sum_mci_factor", precision = 8, scale = 3)
    private BigDecimal sumMciFactor;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "selection_working_days")
    private Integer selectionWorkingDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "classifier_attribute", joinColumns = @JoinColumn(name = "classifier_code"))
    @OrderBy("position")
    private List<ClassifierAttribute> attributes = new ArrayList<>();

    protected ClassifierType() {
    }

    /** A type as reference data would define it; for tests and tools. */
    public ClassifierType(ClassifierCode code, ProductCategory category, LocalizedNames names, Unit unit, Channel channel,
                          List<ClassifierAttribute> attributes) {
        this.code = code.value();
        this.category = category;
        this.names = names;
        this.unit = unit;
        this.channel = channel;
        this.excess = Excess.REFUSE;
        this.attributes = new ArrayList<>(attributes);
    }

    /** The same type with the rules reference data gives it: replacement period, yearly norm and group, excess, kind. */
    public ClassifierType withRules(Integer replacementMonths, Integer yearlyNorm, String normGroup, Excess excess,
                                    WheelchairKind wheelchairKind) {
        ClassifierType t = new ClassifierType(code(), category, names, unit, channel, attributes);
        t.replacementMonths = replacementMonths;
        t.yearlyNorm = yearlyNorm;
        t.normGroup = normGroup;
        t.excess = excess;
        t.wheelchairKind = wheelchairKind;
        return t;
    }

    /** The same type with the least an order takes, a quarter's supply, as reference data gives hygiene means. */
    public ClassifierType withQuarterlyMin(Integer quarterlyMin) {
        ClassifierType t = withRules(replacementMonths, yearlyNorm, normGroup, excess, wheelchairKind);
        t.quarterlyMin = quarterlyMin;
        return t;
    }

    /**
     * The attribute values of a product of this type, checked: every required attribute present, no
     * attribute the type does not know, each value of its kind. Kept in the classifier's order.
     */
    public Map<String, String> checkedAttributes(Map<String, String> given) {
        Map<String, String> values = given == null ? Map.of() : given;
        for (String name : values.keySet()) {
            if (attribute(name).isEmpty()) {
                throw DomainException.invalid("ATTRIBUTE_UNKNOWN", "Type " + code + " has no attribute " + name);
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        attributes.stream().sorted(Comparator.comparingInt(ClassifierAttribute::position)).forEach(a -> {
            String value = values.get(a.code());
            if (value == null || value.isBlank()) {
                if (a.required()) {
                    throw DomainException.invalid("ATTRIBUTE_MISSING", "A product of type " + code + " states " + a.code());
                }
            } else {
                checked.put(a.code(), a.checked(value));
            }
        });
        return checked;
    }

    public Optional<ClassifierAttribute> attribute(String attributeCode) {
        return attributes.stream().filter(a -> a.code().equals(attributeCode)).findFirst();
    }

    public boolean soldOnPortal() {
        return channel == Channel.PORTAL;
    }

    /** A type counted in hours: a service ordered by the hour and acted month by month. */
    public boolean hourly() {
        return unit == Unit.HOUR;
    }

    /** A sanatorium treatment: ordered as a stay with a day of arrival. */
    public boolean sanatorium() {
        return category == ProductCategory.SANATORIUM_TREATMENT;
    }

    public ClassifierCode code() {
        return new ClassifierCode(code);
    }

    public ProductCategory category() {
        return category;
    }

    public LocalizedNames names() {
        return names;
    }

    public Unit unit() {
        return unit;
    }

    public Channel channel() {
        return channel;
    }

    public OptionalInt replacementMonths() {
        return replacementMonths == null ? OptionalInt.empty() : OptionalInt.of(replacementMonths);
    }

    public OptionalInt yearlyNorm() {
        return yearlyNorm == null ? OptionalInt.empty() : OptionalInt.of(yearlyNorm);
    }

    public OptionalInt quarterlyMin() {
        return quarterlyMin == null ? OptionalInt.empty() : OptionalInt.of(quarterlyMin);
    }

    /** The group whose members share one norm; the type's own code if it shares none. */
    public String normGroup() {
        return normGroup != null ? normGroup : code;
    }

    public Excess excess() {
        return excess;
    }

    public OptionalInt dailyMax() {
        return dailyMax == null ? OptionalInt.empty() : OptionalInt.of(dailyMax);
    }

    public Optional<WheelchairKind> wheelchairKind() {
        return Optional.ofNullable(wheelchairKind);
    }

    /** The guaranteed sum as a multiple of the year's MCI, for types the rules price that way. */
    public Optional<BigDecimal> sumMciFactor() {
        return Optional.ofNullable(sumMciFactor);
    }

    public int position() {
        return position;
    }

    /** Working days to choose a supplier in, where the rules set them instead of the general window. */
    public OptionalInt selectionWorkingDays() {
        return selectionWorkingDays == null ? OptionalInt.empty() : OptionalInt.of(selectionWorkingDays);
    }

    public List<ClassifierAttribute> attributes() {
        return attributes.stream().sorted(Comparator.comparingInt(ClassifierAttribute::position)).toList();
    }
}
