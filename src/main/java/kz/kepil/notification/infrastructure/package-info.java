/**
 * The SMS gateway adapters (a logging one for development and tests, a JSON-over-HTTPS one for a real
 * operator), the producer that chooses between them by configuration, and the dispatch: right after a
 * commit and periodically on the server's managed scheduler.
 */
package kz.kepil.notification.infrastructure;
