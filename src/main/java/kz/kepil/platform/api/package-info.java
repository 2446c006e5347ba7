/**
 * The JAX-RS application under {@code /api/v1} and the mapping of every failure, ours or the
 * runtime's, to an {@code application/problem+json} body with a stable code.
 */
package kz.kepil.platform.api;
