/**
 * What every context stands on: the REST application and its problem+json errors, the datasource and
 * migrations, readiness, the injectable clock and the launcher that runs it all on a fresh machine.
 */
package kz.kepil.platform;
