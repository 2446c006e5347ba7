/**
 * Runs the portal on a developer's or tester's machine: the embedded MariaDB (or an external one),
 * then Payara Micro with the WAR, until stopped. Not packaged in the WAR; the portal itself never
 * depends on it.
 */
package kz.kepil.platform.launcher;
