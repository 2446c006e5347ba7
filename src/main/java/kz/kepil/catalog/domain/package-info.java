/** The catalog's vocabulary and rules: categories, classifier types, guaranteed sums and norms. */
package kz.kepil.catalog.domain;
