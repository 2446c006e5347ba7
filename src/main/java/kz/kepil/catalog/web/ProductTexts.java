package kz.kepil.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.Unit;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The supplier's product pages' bundle: texts with their arguments, the names of categories, units,
 * attribute units and choices in the page's language, and refusals turned into page messages that
 * name the code and say what it means.
 */
final class ProductTexts {

    static final String BUNDLE = "kz.kepil.catalog.web.products";
    static final PageTexts TEXTS = new PageTexts(BUNDLE);

    private ProductTexts() {
    }

    static String text(String key) {
        return TEXTS.text(key);
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(TEXTS.text(key), PageTexts.locale()).format(arguments);
    }

    static String category(ProductCategory category) {
        return text("category." + category.name());
    }

    /** "per piece", "per course": what one unit of a price or a sum is. */
    static String perUnit(Unit unit) {
        return text("perUnit." + unit.name());
    }

    /** An attribute's unit as the reader writes it ("см" for cm); the unit itself when the bundle has none. */
    static String attributeUnit(String unit) {
        return unit == null ? null : TEXTS.has("attributeUnit." + unit) ? text("attributeUnit." + unit) : unit;
    }

    /** A fixed choice of an attribute in the reader's language; the value itself when the bundle has none. */
    static String choice(String value) {
        return TEXTS.has("choice." + value) ? text("choice." + value) : value;
    }

    static String regionNames(Regions regions, Collection<String> codes) {
        return codes.stream().sorted()
                .map(code -> regions.region(code).map(r -> r.names().in(PageTexts.locale())).orElse(code))
                .collect(Collectors.joining(", "));
    }

    static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
    }

    static void error(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary, null);
    }

    /** A refusal: the lead text, the code, what it means in the reader's language where the bundle says. */
    static void refused(String leadKey, DomainException e) {
        String key = "problem." + e.code();
        String meaning = TEXTS.has(key) ? text(key) : e.getMessage();
        add(null, FacesMessage.SEVERITY_ERROR, text(leadKey) + " " + meaning + " (" + e.code() + ")", null);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
