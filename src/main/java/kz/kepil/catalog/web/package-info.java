/**
 * The catalog's Faces view beans: the supplier's own product cards, the form that creates and edits a
 * card with the attributes its classifier type asks for, and the card's photos. The rules stay in
 * {@code catalog.application}; these beans read, collect the form and show its refusals.
 */
package kz.kepil.catalog.web;
