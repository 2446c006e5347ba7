/**
 * The domain's way of saying no: every refusal carries a stable code that clients can rely on and a
 * kind that tells the REST layer which HTTP status it is.
 */
package kz.kepil.shared.error;
