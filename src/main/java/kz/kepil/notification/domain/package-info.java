/**
 * The notification rules: an SMS in the outbox and how its delivery is retried ({@link
 * kz.kepil.notification.domain.SmsMessage}, {@link kz.kepil.notification.domain.DeliveryPolicy}), the
 * notice kept in a cabinet, and the phone numbers an SMS can go to.
 */
package kz.kepil.notification.domain;
