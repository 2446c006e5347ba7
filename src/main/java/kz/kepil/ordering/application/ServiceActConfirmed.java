package kz.kepil.ordering.application;

import kz.kepil.shared.domain.Money;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The beneficiary confirmed a monthly act of an hourly service: its state amount may be claimed. Carries
 * what the claim checks: the order's parties and signatures, the act's hours, amount and the ids of its two
 * signatures (no confirmation when it was filed after the beneficiary's death: {@code afterDeath}), and
 * whether this act completed the order (its unspent reservation then goes back). Fired in
 * the transaction of the confirmation.
 */
public record ServiceActConfirmed(long orderId, String orderNumber, String akimatCode, long supplierId, String iin,
                                  long measureId, String classifierCode, long actId, String actNumber, YearMonth month,
                                  int hours, boolean late, Money guaranteedSum, Money stateAmount, Instant orderSignedAt,
                                  Instant confirmedAt, String orderSha256, String actSha256, long orderSignatureId,
                                  long decisionSignatureId, long actSignatureId, Long confirmationSignatureId,
                                  boolean afterDeath, boolean orderCompleted) {
}
