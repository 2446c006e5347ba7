/**
 * What other contexts call to tell someone something ({@link kz.kepil.notification.application.Notifications}):
 * a notice in the recipient's cabinet and one SMS in Kazakh and Russian, queued in the caller's
 * transaction and sent after it commits; the SMS journal; and the port to the SMS gateway.
 */
package kz.kepil.notification.application;
