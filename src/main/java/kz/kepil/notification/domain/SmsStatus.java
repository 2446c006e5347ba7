package kz.kepil.notification.domain;

/** Where an SMS stands: waiting to be sent (perhaps again), taken by the gateway, or given up. */
public enum SmsStatus {
    PENDING, SENT, FAILED
}
