package kz.kepil.ordering.api;

import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.SanatoriumStay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order with its amounts (fixed when signed), its deadline and where it stands; a sanatorium stay also
 * with its arrival date, last day ({@code departureDue}), the moment until which it may be cancelled after
 * acceptance ({@code cancellableUntil}: the end of {@code cancellableLastDay} in Almaty), and the arrival and
 * departure recorded.
 */
public record OrderView(long id, String number, String status, long entitlementId, String iin, long productId,
                        String productName, long supplierId, String classifierCode, String region, int quantity,
                        BigDecimal price, BigDecimal guaranteedSum, BigDecimal stateAmount, BigDecimal topUp,
                        BigDecimal total, Instant createdAt, Instant submittedAt, Instant decisionDue, String refusalReason,
                        BigDecimal topUpPaid, String topUpReference, Instant deliveredAt, Instant completedAt,
                        String closedReason, Signatures signatures, LocalDate arrivalDate, LocalDate departureDue,
                        Instant cancellableUntil, LocalDate cancellableLastDay, LocalDate arrivedOn, LocalDate departedOn) {

    /** The stored signatures of the order's steps (ids of signature evidence). */
    public record Signatures(Long order, Long decision, Long delivery, Long receipt) {
    }

    static OrderView of(Order o) {
        return new OrderView(o.id(), o.number(), o.status().name(), o.measureId(), o.iin(), o.productId(), o.productName(),
                o.supplierId(), o.classifierCode(), o.regionCode(), o.quantity(), o.price().amount(),
                o.guaranteedSum().amount(), o.stateAmount().amount(), o.topUp().amount(), o.total().amount(), o.createdAt(),
                o.submittedAt().orElse(null), o.decisionDue().orElse(null), o.refusalReason().map(Enum::name).orElse(null),
                o.topUpPaid().map(m -> m.amount()).orElse(null), o.topUpReference().orElse(null),
                o.deliveredAt().orElse(null), o.completedAt().orElse(null), o.closedReason().orElse(null),
                new Signatures(o.orderSignatureId().orElse(null), o.decisionSignatureId().orElse(null),
                        o.deliverySignatureId().orElse(null), o.receiptSignatureId().orElse(null)),
                o.stay().map(SanatoriumStay::arrival).orElse(null), o.stay().map(SanatoriumStay::lastDay).orElse(null),
                o.stay().map(SanatoriumStay::cancellableUntil).orElse(null),
                o.stay().map(SanatoriumStay::lastCancellationDay).orElse(null),
                o.arrivedOn().orElse(null), o.departedOn().orElse(null));
    }
}
