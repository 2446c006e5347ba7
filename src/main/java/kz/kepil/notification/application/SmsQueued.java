package kz.kepil.notification.application;

/** An SMS was queued; observed after the transaction commits, when it may be sent. */
public record SmsQueued(long smsId) {
}
