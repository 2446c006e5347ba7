package kz.kepil.ordering.application;

import kz.kepil.ordering.domain.Order;
import kz.kepil.shared.domain.Money;

import java.time.Instant;

/**
 * The beneficiary signed an order: its state amount is now owed by the akimat if it is delivered.
 * Fired in the signing transaction; an observer that throws refuses the signing.
 */
public record OrderSigned(long orderId, String orderNumber, String akimatCode, long supplierId, Money stateAmount,
                          Instant signedAt) {

    static OrderSigned of(Order o) {
        return new OrderSigned(o.id(), o.number(), o.akimatCode(), o.supplierId(), o.stateAmount(),
                o.submittedAt().orElseThrow());
    }
}
