package kz.kepil.catalog.domain;

/** The categories of the rules: what a supplier may be listed for and a classifier type belongs to. */
public enum ProductCategory {
    HYGIENE_MEANS,
    WHEELCHAIRS,
    TYPHLOTECHNICAL,
    SURDOTECHNICAL,
    SANATORIUM_TREATMENT,
    PERSONAL_ASSISTANT,
    SIGN_LANGUAGE_SPECIALIST,
    SPECIAL_SOCIAL_SERVICES
}
