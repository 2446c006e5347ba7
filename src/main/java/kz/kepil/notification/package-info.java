/**
 * Notifications: the SMS outbox and the journal of every SMS sent, and notices in the cabinets.
 */
package kz.kepil.notification;
