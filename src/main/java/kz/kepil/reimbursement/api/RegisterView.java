package kz.kepil.reimbursement.api;

import kz.kepil.reimbursement.application.Registers;
import kz.kepil.reimbursement.domain.PaymentRegister;
import kz.kepil.reimbursement.domain.RegisterLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A payment register with its lines, total, maker, approver and payment. */
public record RegisterView(long id, String number, String akimatCode, Long supplierId, LocalDate periodFrom,
                           LocalDate periodTo, String status, BigDecimal total, int lineCount, List<Line> lines,
                           String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
                           Long approvalSignatureId, String bankReference, LocalDate paidOn, Instant paidAt, Build build) {

    /**
     * A batch build's progress (null for a register built at once): READY claims found when it was asked
     * for, claims gone through, whole percent, how often its job was started, its execution, its last sign
     * of life, why it last stopped, when it was built.
     */
    public record Build(int claimsToDo, int claimsDone, int percent, int attempts, Long executionId, Instant heartbeatAt,
                        String failure, Instant builtAt) {
        static Build of(PaymentRegister.BuildProgress b) {
            return new Build(b.claimsToDo(), b.claimsDone(), b.percent(), b.attempts(), b.executionId().orElse(null),
                    b.heartbeatAt().orElse(null), b.failure().orElse(null), b.builtAt().orElse(null));
        }
    }

    /** One claim in the register. */
    public record Line(long claimId, long orderId, String orderNumber, long supplierId, BigDecimal amount) {
        static Line of(RegisterLine l) {
            return new Line(l.claimId(), l.orderId(), l.orderNumber(), l.supplierId(), l.amount().amount());
        }
    }

    static RegisterView of(Registers.Details d) {
        return of(d.register(), d.lines().stream().map(Line::of).toList());
    }

    static RegisterView of(PaymentRegister r, List<Line> lines) {
        return new RegisterView(r.id(), r.number(), r.akimatCode(), r.supplierId().orElse(null), r.periodFrom(), r.periodTo(),
                r.status().name(), r.total().amount(), r.lineCount(), lines, r.createdBy(), r.createdAt(),
                r.approvedBy().orElse(null), r.approvedAt().orElse(null), r.approvalSignatureId().orElse(null),
                r.bankReference().orElse(null), r.paidOn().orElse(null), r.paidAt().orElse(null),
                r.build().map(Build::of).orElse(null));
    }
}
