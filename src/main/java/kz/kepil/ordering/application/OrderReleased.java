package kz.kepil.ordering.application;

import kz.kepil.ordering.domain.Order;

import java.time.Instant;

/**
 * An order ended without delivery (refused, expired, cancelled, returned): whatever it held is free
 * again. {@code reason} is the final status with the refusal or closing reason. Fired in the transaction
 * of that change; a draft that was never signed is released too and held nothing.
 */
public record OrderReleased(long orderId, String orderNumber, String akimatCode, String reason, Instant at) {

    static OrderReleased of(Order o) {
        String why = o.refusalReason().map(Enum::name).or(o::closedReason).map(r -> o.status() + " " + r)
                .orElse(o.status().name());
        return new OrderReleased(o.id(), o.number(), o.akimatCode(), why, o.statusSince());
    }
}
