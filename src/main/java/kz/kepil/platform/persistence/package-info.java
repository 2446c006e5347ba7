/**
 * The portal's one datasource (MariaDB, from MicroProfile Config) and the schema migrations applied
 * to it at start-up, before any request is served.
 */
package kz.kepil.platform.persistence;
