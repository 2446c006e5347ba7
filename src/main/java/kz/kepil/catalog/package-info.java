/**
 * The catalog: the classifier of product types with their channel, the guaranteed sums per year and
 * region, quantity norms and replacement periods, and the suppliers' product cards with search.
 */
package kz.kepil.catalog;
