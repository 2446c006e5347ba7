/**
 * The catalog's REST resources: the classifier with its guaranteed sums, product cards with their
 * photos, and search. Anyone reads; listed suppliers' staff manage their cards; the authority sets
 * sums and hides cards.
 */
package kz.kepil.catalog.api;
