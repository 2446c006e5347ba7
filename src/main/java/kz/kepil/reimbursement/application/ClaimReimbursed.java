package kz.kepil.reimbursement.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim was paid with its register: the order it claims is reimbursed. Fired in the transaction of
 * the payment; ordering observes it.
 */
public record ClaimReimbursed(long claimId, long orderId, long registerId, String bankReference, LocalDate paidOn,
                              Instant at) {
}
