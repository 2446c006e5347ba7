package kz.kepil.catalog.api;

import kz.kepil.catalog.domain.ClassifierAttribute;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.shared.domain.LocalizedNames;

import java.math.BigDecimal;
import java.util.List;

/** A classifier type as the API shows it, with the guaranteed sum in force today (national or the region's). */
public record ClassifierTypeView(String code, String category, Names names, String unit, String channel,
                                 BigDecimal guaranteedSum, Integer replacementMonths, Integer yearlyNorm,
                                 Integer quarterlyMin, String normGroup, String excess, Integer dailyMax,
                                 String wheelchairKind, BigDecimal sumMciFactor, List<AttributeView> attributes) {

    /** Names in the three languages. */
    public record Names(String kk, String ru, String en) {
        static Names of(LocalizedNames n) {
            return new Names(n.kk(), n.ru(), n.en());
        }
    }

    /** What a product of the type states. */
    public record AttributeView(String code, String valueType, List<String> choices, String unit, boolean required,
                                Names names) {
        static AttributeView of(ClassifierAttribute a) {
            return new AttributeView(a.code(), a.valueType().name(), a.choices().isEmpty() ? null : a.choices(),
                    a.unit().orElse(null), a.required(), Names.of(a.names()));
        }
    }

    static ClassifierTypeView of(ClassifierType t, BigDecimal sum) {
        return new ClassifierTypeView(t.code().value(), t.category().name(), Names.of(t.names()), t.unit().name(),
                t.channel().name(), sum, boxed(t.replacementMonths()), boxed(t.yearlyNorm()), boxed(t.quarterlyMin()),
                t.normGroup(), t.excess().name(), boxed(t.dailyMax()), t.wheelchairKind().map(Enum::name).orElse(null),
                t.sumMciFactor().orElse(null), t.attributes().stream().map(AttributeView::of).toList());
    }

    private static Integer boxed(java.util.OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }
}
