package kz.kepil.reimbursement.application;

import java.time.Instant;

/**
 * The claim of a monthly act was paid with its register; {@code allActsPaid}: every act claim of the order
 * is now paid (or rejected). Fired in the transaction of the payment; ordering observes it.
 */
public record ServiceActReimbursed(long orderId, long actId, long claimId, boolean allActsPaid, Instant at) {
}
