/**
 * The catalog's Faces view beans: search with filters kept in the address, a product's page with its
 * prices for a region, products compared side by side, the authorised body's guaranteed sums, and the
 * supplier's own cards with the form that creates and edits them and their photos. The rules stay in
 * {@code catalog.application}; these beans read, collect forms and show refusals.
 */
package kz.kepil.catalog.web;
