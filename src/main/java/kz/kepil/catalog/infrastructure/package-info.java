/**
 * The catalog's adapters to libraries: the HTML policy for product descriptions, the photo scaler, and
 * the word analysis (normalising and stemming in Kazakh, Russian and English) that catalog search uses.
 */
package kz.kepil.catalog.infrastructure;
