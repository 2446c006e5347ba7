package kz.kepil.ordering.application;

import kz.kepil.ordering.domain.Order;
import kz.kepil.shared.domain.Money;

import java.time.Instant;

/**
 * The beneficiary confirmed receipt: the order is COMPLETED and its state amount may be claimed. Carries
 * what a claim needs to check it: the parties, the amounts, when it was signed, the digest of the order
 * document as the beneficiary signed it, and the ids of the stored signatures of every step. Fired in
 * the transaction of the receipt.
 */
public record OrderCompleted(long orderId, String orderNumber, String akimatCode, long supplierId, String iin,
                             long measureId, String classifierCode, int quantity, Money guaranteedSum,
                             Money stateAmount, Instant submittedAt, Instant completedAt, String orderSha256,
                             long orderSignatureId, long decisionSignatureId, long deliverySignatureId,
                             long receiptSignatureId) {

    static OrderCompleted of(Order o, String orderSha256) {
        return new OrderCompleted(o.id(), o.number(), o.akimatCode(), o.supplierId(), o.iin(), o.measureId(),
                o.classifierCode(), o.quantity(), o.guaranteedSum(), o.stateAmount(), o.submittedAt().orElseThrow(),
                o.completedAt().orElseThrow(), orderSha256, o.orderSignatureId().orElseThrow(),
                o.decisionSignatureId().orElseThrow(), o.deliverySignatureId().orElseThrow(),
                o.receiptSignatureId().orElseThrow());
    }
}
