package kz.kepil.reimbursement.api;

import kz.kepil.reimbursement.domain.Claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A claim (of an order, or of one monthly act: actId, actMonth, actLate) with its checks (each passed or failed with its reason) and where it stands. */
public record ClaimView(long id, long orderId, String orderNumber, String akimatCode, long supplierId, String iin,
                        String classifierCode, int quantity, BigDecimal guaranteedSum, BigDecimal amount, String status,
                        List<Check> checks, String failure, Instant checkedAt, String rejectedReason, Long registerId,
                        Instant orderSignedAt, Instant orderCompletedAt, Instant createdAt, Instant reimbursedAt,
                        Long actId, String actMonth, boolean actLate) {

    /** One check. */
    public record Check(String name, boolean passed, String detail) {
    }

    static ClaimView of(Claim c) {
        return new ClaimView(c.id(), c.orderId(), c.orderNumber(), c.akimatCode(), c.supplierId(), c.iin(), c.classifierCode(),
                c.quantity(), c.guaranteedSum().amount(), c.amount().amount(), c.status().name(),
                c.checks().stream().map(k -> new Check(k.name(), k.passed(), k.detail())).toList(), c.failure().orElse(null),
                c.checkedAt().orElse(null), c.rejectedReason().orElse(null), c.registerId().orElse(null), c.orderSignedAt(),
                c.orderCompletedAt(), c.createdAt(), c.reimbursedAt().orElse(null), c.actId().orElse(null),
                c.actMonth().orElse(null), c.actLate());
    }
}
