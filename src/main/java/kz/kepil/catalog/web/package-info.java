/**
 * The catalog's Faces pages: search with filters kept in the address, a product's page with its prices
 * for a region, products compared side by side, and the authorised body's guaranteed sums. The beans
 * read through the catalog's application services and hide, show and set sums only through them.
 */
package kz.kepil.catalog.web;
