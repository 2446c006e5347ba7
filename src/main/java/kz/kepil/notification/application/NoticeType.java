package kz.kepil.notification.application;

/**
 * What a notice is about; each has its text in {@code sms_kk}, {@code sms_ru} and {@code sms_en}. The
 * first five go to beneficiaries about their entitlements (DOMAIN.md §3), the {@code ORDER_*} ones to
 * beneficiaries about their orders (§4), the {@code SUPPLIER_*} ones to suppliers (§4, §5).
 */
public enum NoticeType {
    SELECTION_OPEN, SELECTION_REMINDER, SELECTION_BLOCKED, SELECTION_REACTIVATED,
    REPLACEMENT_CONSENT_REQUEST, ORDER_SUBMITTED, ORDER_ACCEPTED, ORDER_REFUSED, ORDER_EXPIRED, ORDER_CANCELLED,
    ORDER_DELIVERED, ORDER_COMPLETED, ORDER_RETURNED, ORDER_ACT_FILED, ORDER_NO_SHOW, SUPPLIER_NEW_ORDER, SUPPLIER_DECISION_DUE,
    SUPPLIER_ACT_CONFIRMED,
    SUPPLIER_EXCLUSION_OPENED, SUPPLIER_SUSPENDED, SUPPLIER_STATUS_CHANGED
}
