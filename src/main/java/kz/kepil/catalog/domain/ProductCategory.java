package kz.kepil.catalog.domain;

/**
 * The categories of the rules: what a supplier may be listed for and a classifier type belongs to.
 * Prosthetic-orthopaedic aid is bought by state procurement; its types are in the classifier so that
 * entitlements can name them, but none of them is sold on the portal.
 */
public enum ProductCategory {
    HYGIENE_MEANS,
    WHEELCHAIRS,
    TYPHLOTECHNICAL,
    SURDOTECHNICAL,
    SANATORIUM_TREATMENT,
    PERSONAL_ASSISTANT,
    SIGN_LANGUAGE_SPECIALIST,
    SPECIAL_SOCIAL_SERVICES,
    PROSTHETIC_ORTHOPAEDIC
}
