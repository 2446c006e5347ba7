/**
 * Readiness: the portal serves only once its database answers and its migrations have run; the same
 * checks are reported at the runtime's {@code /health/ready} and at {@code /api/v1/health/ready}.
 * {@code /api/v1/platform/ping} only shows the API answering, without the database.
 */
package kz.kepil.platform.health;
