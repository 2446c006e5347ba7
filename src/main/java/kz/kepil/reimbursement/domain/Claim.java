package kz.kepil.reimbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim for the state amount of a COMPLETED order, owed by the order's akimat to its supplier. It
 * starts PENDING_CHECKS; its checks make it READY (all passed) or FAILED (with the reasons), and may run
 * again while it is in no register; finance may REJECT it with a reason. A payment register takes a
 * READY claim (IN_REGISTER, back to READY if the draft is discarded) and its payment makes it
 * REIMBURSED. One claim per order, its amount the order's state amount fixed when it was signed; an hourly
 * service order has instead one claim per confirmed monthly act, for the act's state amount.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = "Claim.pending", query = "SELECT c.id FROM Claim c WHERE c.status = kz.kepil.reimbursement.domain.ClaimStatus.PENDING_CHECKS ORDER BY c.id")
@NamedQuery(name = "Claim.actsOfOrder", query = "SELECT c FROM Claim c WHERE c.orderId = :order AND c.actId IS NOT NULL")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false, length = 30)
    private String orderNumber;

    @Column(name = "akimat_code", nullable = false, length = 20)
    private String akimatCode;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "iin", nullable = false, length = 12)
    private String iin;

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @Column(name = "classifier_code", nullable = false, length = 30)
    private String classifierCode;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "guaranteed_sum", nullable = false, precision = 19, scale = 2)
    private BigDecimal guaranteedSum;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "order_signed_at", nullable = false)
    private Instant orderSignedAt;

    @Column(name = "order_completed_at", nullable = false)
    private Instant orderCompletedAt;

    @Column(name = "order_sha256", nullable = false, length = 64)
    private String orderSha256;

    @Column(name = "order_signature_id", nullable = false)
    private long orderSignatureId;

    @Column(name = "decision_signature_id", nullable = false)
    private long decisionSignatureId;

    @Column(name = "delivery_signature_id", nullable = false)
    private long deliverySignatureId;

    @Column(name = "receipt_signature_id", nullable = false)
    private long receiptSignatureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "checks", columnDefinition = "TEXT")
    private String checks;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "rejected_reason", length = 500)
    private String rejectedReason;

    @Column(name = "rejected_by", length = 200)
    private String rejectedBy;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "register_id")
    private Long registerId;

    @Column(name = "reimbursed_at")
    private Instant reimbursedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "act_id")
    private Long actId;

    @Column(name = "act_month", length = 7)
    private String actMonth;

    @Column(name = "act_sha256", length = 64)
    private String actSha256;

    @Column(name = "act_late")
    private Boolean actLate;

    @Column(name = "act_after_death")
    private Boolean actAfterDeath;

    @Version
    @Column(name = "version")
    private long version;

    protected Claim() {
    }

    /** What a completed order tells a claim about itself. */
    public record Source(long orderId, String orderNumber, String akimatCode, long supplierId, String iin, long measureId,
                         String classifierCode, int quantity, Money guaranteedSum, Money amount, Instant orderSignedAt,
                         Instant orderCompletedAt, String orderSha256, long orderSignatureId, long decisionSignatureId,
                         long deliverySignatureId, long receiptSignatureId) {
    }

    public Claim(Source s, Instant at) {
        this.orderId = s.orderId();
        this.orderNumber = s.orderNumber();
        this.akimatCode = s.akimatCode();
        this.supplierId = s.supplierId();
        this.iin = s.iin();
        this.measureId = s.measureId();
        this.classifierCode = s.classifierCode();
        this.quantity = s.quantity();
        this.guaranteedSum = s.guaranteedSum().amount();
        this.amount = s.amount().amount();
        this.orderSignedAt = s.orderSignedAt();
        this.orderCompletedAt = s.orderCompletedAt();
        this.orderSha256 = s.orderSha256();
        this.orderSignatureId = s.orderSignatureId();
        this.decisionSignatureId = s.decisionSignatureId();
        this.deliverySignatureId = s.deliverySignatureId();
        this.receiptSignatureId = s.receiptSignatureId();
        this.status = ClaimStatus.PENDING_CHECKS;
        this.createdAt = at;
    }

    /**
     * A claim for one confirmed monthly act of an hourly service order: its quantity the act's hours, its
     * amount the act's state amount, its delivery and receipt signatures the act's and its confirmation's,
     * "completed" when the act was confirmed.
     */
    public static Claim ofAct(Source s, long actId, java.time.YearMonth month, String actSha256, boolean late, boolean afterDeath,
                              Instant at) {
        Claim c = new Claim(s, at);
        c.actAfterDeath = afterDeath;
        c.actId = actId;
        c.actMonth = month.toString();
        c.actSha256 = Objects.requireNonNull(actSha256);
        c.actLate = late;
        return c;
    }

    /** The checks ran: READY when every one passed, else FAILED with the first reason. */
    public void checked(List<ClaimCheck> results, Instant at) {
        if (!status.checkable()) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " claim is not checked again");
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a claim is checked by at least one check");
        }
        checks = ClaimCheck.encode(results);
        checkedAt = at;
        Optional<ClaimCheck> failed = results.stream().filter(c -> !c.passed()).findFirst();
        status = failed.isPresent() ? ClaimStatus.FAILED : ClaimStatus.READY;
        failure = failed.map(c -> truncate(c.name() + ": " + c.detail(), 1000)).orElse(null);
    }

    /** Finance refuses to pay it, with a reason; a claim in a register or paid is not rejected. */
    public void reject(String reason, String by, Instant at) {
        if (!status.checkable()) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " claim is not rejected");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", "A rejection needs its reason");
        }
        status = ClaimStatus.REJECTED;
        rejectedReason = truncate(reason.strip(), 500);
        rejectedBy = by;
        rejectedAt = at;
    }

    /** A register takes it: only a READY claim. */
    public void registerIn(long register) {
        if (status != ClaimStatus.READY) {
            throw DomainException.conflict("CLAIM_NOT_READY", "Claim " + id + " is " + status + ", not READY");
        }
        status = ClaimStatus.IN_REGISTER;
        registerId = register;
    }

    /** Its draft register was discarded: READY again for another. */
    public void releasedFromRegister(long register) {
        if (status != ClaimStatus.IN_REGISTER || registerId == null || registerId != register) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "Claim " + id + " is not in register " + register);
        }
        status = ClaimStatus.READY;
        registerId = null;
    }

    /** Its register was paid: the claim is reimbursed, once. */
    public void reimbursed(long register, Instant at) {
        if (status != ClaimStatus.IN_REGISTER || registerId == null || registerId != register) {
            throw DomainException.conflict("ALREADY_PAID", "Claim " + id + " is " + status + (registerId != null
                    ? " in register " + registerId : "") + "; it is paid only once, with its register");
        }
        status = ClaimStatus.REIMBURSED;
        reimbursedAt = at;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public String auditSummary() {
        return "order=" + orderNumber + (actId != null ? " act=" + actId + " month=" + actMonth + (Boolean.TRUE.equals(actLate)
                ? " LATE" : "") : "") + " akimat=" + akimatCode + " supplier=" + supplierId + " amount=" + amount().toString()
                + " " + status + (failure != null ? " " + failure : "") + (rejectedReason != null ? " rejected: " + rejectedReason : "")
                + (registerId != null ? " register=" + registerId : "");
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String akimatCode() {
        return akimatCode;
    }

    public long supplierId() {
        return supplierId;
    }

    public String iin() {
        return iin;
    }

    public long measureId() {
        return measureId;
    }

    public String classifierCode() {
        return classifierCode;
    }

    public int quantity() {
        return quantity;
    }

    public Money guaranteedSum() {
        return Money.of(guaranteedSum);
    }

    public Money amount() {
        return Money.of(amount);
    }

    public Instant orderSignedAt() {
        return orderSignedAt;
    }

    public Instant orderCompletedAt() {
        return orderCompletedAt;
    }

    public String orderSha256() {
        return orderSha256;
    }

    public long orderSignatureId() {
        return orderSignatureId;
    }

    public long decisionSignatureId() {
        return decisionSignatureId;
    }

    public long deliverySignatureId() {
        return deliverySignatureId;
    }

    public long receiptSignatureId() {
        return receiptSignatureId;
    }

    /** The monthly act this claim is for; empty for the claim of a whole order. */
    public Optional<Long> actId() {
        return Optional.ofNullable(actId);
    }

    public Optional<String> actMonth() {
        return Optional.ofNullable(actMonth);
    }

    public Optional<String> actSha256() {
        return Optional.ofNullable(actSha256);
    }

    /**
     * The act was filed after the beneficiary's death, without their confirmation: its receipt signature is
     * the act's own, and the death is checked instead.
     */
    public boolean actAfterDeath() {
        return Boolean.TRUE.equals(actAfterDeath);
    }

    /** The act was filed after the 10th of the next month. */
    public boolean actLate() {
        return Boolean.TRUE.equals(actLate);
    }

    public ClaimStatus status() {
        return status;
    }

    public List<ClaimCheck> checks() {
        return ClaimCheck.decode(checks);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<Instant> checkedAt() {
        return Optional.ofNullable(checkedAt);
    }

    public Optional<String> rejectedReason() {
        return Optional.ofNullable(rejectedReason);
    }

    public Optional<Long> registerId() {
        return Optional.ofNullable(registerId);
    }

    public Optional<Instant> reimbursedAt() {
        return Optional.ofNullable(reimbursedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The claim's money, for callers that sum: never negative. */
    public static Money total(List<Claim> claims) {
        return claims.stream().map(Claim::amount).reduce(Money.ZERO, Money::plus);
    }

    @Override
    public String toString() {
        return "claim " + id + " " + Objects.toString(status);
    }
}
