/**
 * Readiness: the portal serves only once its database answers and its migrations have run; the same
 * checks are reported at the runtime's {@code /health/ready} and at {@code /api/v1/health/ready}.
 */
package kz.kepil.platform.health;
