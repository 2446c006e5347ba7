package kz.kepil.registry.domain;

import kz.kepil.catalog.domain.ProductCategory;

import java.util.EnumSet;
import java.util.Set;

/**
 * The documents a supplier files with its application. State registration is always needed; a licence
 * for the categories whose activity is licensed (medical treatment in sanatoria, special social
 * services); a conformity certificate for goods.
 */
public enum DocumentType {
    STATE_REGISTRATION,
    LICENCE,
    CONFORMITY_CERTIFICATE,
    OTHER;

    private static final Set<ProductCategory> LICENSED = EnumSet.of(ProductCategory.SANATORIUM_TREATMENT,
            ProductCategory.SPECIAL_SOCIAL_SERVICES);
    private static final Set<ProductCategory> GOODS = EnumSet.of(ProductCategory.HYGIENE_MEANS, ProductCategory.WHEELCHAIRS,
            ProductCategory.TYPHLOTECHNICAL, ProductCategory.SURDOTECHNICAL);

    /** What a supplier serving these categories must have filed before it is admitted. */
    public static Set<DocumentType> requiredFor(Set<ProductCategory> categories) {
        Set<DocumentType> required = EnumSet.of(STATE_REGISTRATION);
        if (categories.stream().anyMatch(LICENSED::contains)) {
            required.add(LICENCE);
        }
        if (categories.stream().anyMatch(GOODS::contains)) {
            required.add(CONFORMITY_CERTIFICATE);
        }
        return required;
    }
}
