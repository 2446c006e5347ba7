package kz.kepil.reimbursement.api;

import kz.kepil.reimbursement.domain.Budget;
import kz.kepil.reimbursement.domain.BudgetMovement;

import java.math.BigDecimal;
import java.time.Instant;

/** An akimat's budget for a year: allocated, committed (reserved by signed orders), spent, available. */
public record BudgetView(String akimatCode, int year, BigDecimal allocated, BigDecimal committed, BigDecimal spent,
                         BigDecimal available) {

    static BudgetView of(Budget b) {
        return new BudgetView(b.akimatCode(), b.year(), b.allocated().amount(), b.committed().amount(), b.spent().amount(),
                b.available().amount());
    }

    /** One line of the ledger; {@code actId} when it spends or releases one monthly act of a service order. */
    public record Movement(long id, String kind, Long orderId, Long registerId, BigDecimal amount, String reason,
                           Instant at, String actor, Long actId) {

        static Movement of(BudgetMovement m) {
            return new Movement(m.id(), m.kind().name(), m.orderId().orElse(null), m.registerId().orElse(null),
                    m.amount().amount(), m.reason().orElse(null), m.at(), m.actor(), m.actId().orElse(null));
        }
    }
}
