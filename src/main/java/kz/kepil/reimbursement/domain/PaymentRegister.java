package kz.kepil.reimbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment register (реестр на оплату) of one akimat, for one supplier or all, over a period of
 * completion dates: the READY claims it took, and their total. A finance officer builds it (DRAFT) and
 * may discard the draft; a finance approver who is not its maker approves it with an EDS whose certificate
 * carries the financial-signing role (APPROVED); finance marks it paid with the bank's reference (PAID),
 * once. Maker and checker are kept apart here and by the database.
 *
 * <p>A register over many claims is built by a batch job instead of at once: it starts BUILDING, without
 * lines, over the READY claims found when it was asked for (how many, and the highest id, which bounds the
 * build); each chunk of lines the job writes adds to its lines, total and progress in the chunk's own
 * transaction; the last step sums the lines and makes it a DRAFT, or DISCARDED when every claim had been
 * taken meanwhile. A BUILDING register is neither approved nor discarded.
 */
@Entity
@Table(name = "payment_register")
public class PaymentRegister {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "akimat_code", nullable = false, length = 20)
    private String akimatCode;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegisterStatus status;

    @Column(name = "total", nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "created_by", nullable = false, length = 12)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by", length = 12)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_signature_id")
    private Long approvalSignatureId;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @Column(name = "bank_reference", length = 100)
    private String bankReference;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_by", length = 200)
    private String paidBy;

    @Column(name = "build_to_do")
    private Integer buildToDo;

    @Column(name = "build_done", nullable = false)
    private int buildDone;

    @Column(name = "build_max_claim_id")
    private Long buildMaxClaimId;

    @Column(name = "build_last_claim_id")
    private Long buildLastClaimId;

    @Column(name = "build_execution_id")
    private Long buildExecutionId;

    @Column(name = "build_attempts", nullable = false)
    private int buildAttempts;

    @Column(name = "build_heartbeat_at")
    private Instant buildHeartbeatAt;

    @Column(name = "build_failure", length = 1000)
    private String buildFailure;

    @Column(name = "built_at")
    private Instant builtAt;

    @Version
    @Column(name = "version")
    private long version;

    protected PaymentRegister() {
    }

    /**
     * A register too large to build at once: BUILDING, without lines yet, over the {@code claimsToDo} READY
     * claims found, none with an id above {@code maxClaimId}. {@code now} is real time, not the portal's
     * (which test portals move): the build's heartbeats tell whether its job is still alive.
     */
    public static PaymentRegister building(String akimatCode, Long supplierId, LocalDate periodFrom, LocalDate periodTo,
                                           int claimsToDo, long maxClaimId, String makerIin, Instant at, Instant now) {
        if (periodFrom.isAfter(periodTo)) {
            throw DomainException.invalid("VALIDATION_FAILED", "periodFrom is on or before periodTo");
        }
        if (claimsToDo <= 0) {
            throw noReadyClaims(akimatCode, supplierId, periodFrom, periodTo);
        }
        PaymentRegister r = new PaymentRegister();
        r.akimatCode = Objects.requireNonNull(akimatCode);
        r.supplierId = supplierId;
        r.periodFrom = periodFrom;
        r.periodTo = periodTo;
        r.status = RegisterStatus.BUILDING;
        r.total = BigDecimal.ZERO.setScale(2);
        r.lineCount = 0;
        r.createdBy = Objects.requireNonNull(makerIin);
        r.createdAt = at;
        r.buildToDo = claimsToDo;
        r.buildMaxClaimId = maxClaimId;
        r.buildHeartbeatAt = now;
        return r;
    }

    /** A draft over the claims found; it must hold at least one. */
    public PaymentRegister(String akimatCode, Long supplierId, LocalDate periodFrom, LocalDate periodTo, List<Claim> claims,
                           String makerIin, Instant at) {
        if (periodFrom.isAfter(periodTo)) {
            throw DomainException.invalid("VALIDATION_FAILED", "periodFrom is on or before periodTo");
        }
        if (claims.isEmpty()) {
            throw noReadyClaims(akimatCode, supplierId, periodFrom, periodTo);
        }
        this.akimatCode = Objects.requireNonNull(akimatCode);
        this.supplierId = supplierId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = RegisterStatus.DRAFT;
        this.total = Claim.total(claims).amount();
        this.lineCount = claims.size();
        this.createdBy = Objects.requireNonNull(makerIin);
        this.createdAt = at;
    }

    private static DomainException noReadyClaims(String akimatCode, Long supplierId, LocalDate periodFrom, LocalDate periodTo) {
        return DomainException.conflict("NO_READY_CLAIMS", "No READY claim of " + akimatCode
                + (supplierId != null ? " for supplier " + supplierId : "") + " was completed from " + periodFrom + " to "
                + periodTo + " outside another register");
    }

    /** A job execution (a first start, a restart or a fresh start after a crash) goes on building it. */
    public void buildStarted(long executionId, Instant now) {
        requireStatus(RegisterStatus.BUILDING, "built further");
        buildExecutionId = executionId;
        buildAttempts++;
        buildHeartbeatAt = now;
        buildFailure = null;
    }

    /**
     * A chunk went through {@code claimsGoneThrough} claims up to {@code lastClaimId} and wrote {@code lines}
     * of them (the others had been taken or rejected meanwhile) for {@code amount}.
     */
    public void chunkWritten(int claimsGoneThrough, int lines, Money amount, long lastClaimId, Instant now) {
        requireStatus(RegisterStatus.BUILDING, "built further");
        if (claimsGoneThrough < lines || lines < 0) {
            throw new IllegalArgumentException("a chunk writes at most the claims it went through");
        }
        buildDone += claimsGoneThrough;
        lineCount += lines;
        total = total.add(amount.amount());
        buildLastClaimId = buildLastClaimId == null ? lastClaimId : Math.max(buildLastClaimId, lastClaimId);
        buildHeartbeatAt = now;
    }

    /** The job stopped before the end; it is restarted, and continues after the last chunk written. */
    public void buildInterrupted(String reason, Instant now) {
        requireStatus(RegisterStatus.BUILDING, "interrupted");
        buildFailure = reason == null ? "interrupted" : reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        buildHeartbeatAt = now;
    }

    /**
     * Every claim was gone through: the lines written, counted and summed by the database, make it a DRAFT;
     * with no line at all (every claim taken by another register or rejected meanwhile) it is DISCARDED.
     */
    public void built(int lines, Money sum, Instant at, Instant now) {
        requireStatus(RegisterStatus.BUILDING, "built");
        lineCount = lines;
        total = sum.amount();
        builtAt = at;
        buildHeartbeatAt = now;
        buildFailure = null;
        status = lines > 0 ? RegisterStatus.DRAFT : RegisterStatus.DISCARDED;
    }

    /** A build of it is started again (after a crash or a failure): its heartbeat claims it for a while. */
    public void buildResuming(Instant now) {
        requireStatus(RegisterStatus.BUILDING, "built further");
        buildHeartbeatAt = now;
    }

    /** No chunk was written for {@code stale} though it is BUILDING: its job is no longer running anywhere. */
    public boolean buildStale(Instant now, java.time.Duration stale) {
        return status == RegisterStatus.BUILDING && (buildHeartbeatAt == null || !buildHeartbeatAt.plus(stale).isAfter(now));
    }

    /** A finance approver other than the maker approves with their signature over the register's document. */
    public void approve(String approverIin, long signatureId, String documentSha256, Instant at) {
        requireStatus(RegisterStatus.DRAFT, "approved");
        requireNotMaker(approverIin);
        this.approvedBy = approverIin;
        this.approvalSignatureId = signatureId;
        this.documentSha256 = documentSha256;
        this.approvedAt = at;
        this.status = RegisterStatus.APPROVED;
    }

    /** The maker may not approve their own register. */
    public void requireNotMaker(String approverIin) {
        if (createdBy.equals(approverIin)) {
            throw DomainException.rule("MAKER_CANNOT_APPROVE", "Register " + id + " was built by IIN " + createdBy
                    + "; another finance approver must approve it");
        }
    }

    /** The bank paid it: once, and only when approved. */
    public void paid(String bankReference, LocalDate paidOn, String by, Instant at) {
        if (status == RegisterStatus.PAID) {
            throw DomainException.conflict("ALREADY_PAID", "Register " + id + " was paid on " + this.paidOn + " (" + this.bankReference + ")");
        }
        requireStatus(RegisterStatus.APPROVED, "paid");
        if (bankReference == null || bankReference.isBlank() || bankReference.strip().length() > 100) {
            throw DomainException.invalid("VALIDATION_FAILED", "bankReference is 1 to 100 characters");
        }
        if (paidOn == null || paidOn.isBefore(approvedAt.atZone(kz.kepil.shared.domain.KzTime.ALMATY).toLocalDate())) {
            throw DomainException.invalid("VALIDATION_FAILED", "paidOn is the day the bank paid, not before the approval");
        }
        this.bankReference = bankReference.strip();
        this.paidOn = paidOn;
        this.paidBy = by;
        this.paidAt = at;
        this.status = RegisterStatus.PAID;
    }

    /** The maker discards a draft: its lines no longer hold their claims. */
    public void discard(List<RegisterLine> lines, String byIin) {
        if (status == RegisterStatus.BUILDING) {
            throw DomainException.conflict("REGISTER_BUILDING", "Register " + id + " is still being built; it is discarded once built");
        }
        requireStatus(RegisterStatus.DRAFT, "discarded");
        if (!createdBy.equals(byIin)) {
            throw DomainException.forbidden("Only the maker discards a draft register");
        }
        lines.forEach(RegisterLine::deactivate);
        status = RegisterStatus.DISCARDED;
    }

    private void requireStatus(RegisterStatus expected, String what) {
        if (status != expected) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " register is not " + what);
        }
    }

    public String auditSummary() {
        return "akimat=" + akimatCode + (supplierId != null ? " supplier=" + supplierId : "") + " period=" + periodFrom + ".."
                + periodTo + " lines=" + lineCount + " total=" + total().toString() + " " + status + " maker=" + createdBy
                + (approvedBy != null ? " approver=" + approvedBy : "") + (bankReference != null ? " ref=" + bankReference : "")
                + (buildToDo != null ? " build=" + buildDone + "/" + buildToDo + (buildExecutionId != null ? " execution="
                + buildExecutionId : "") : "");
    }

    public String number() {
        return "R-" + id;
    }

    public Long id() {
        return id;
    }

    public String akimatCode() {
        return akimatCode;
    }

    public Optional<Long> supplierId() {
        return Optional.ofNullable(supplierId);
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public RegisterStatus status() {
        return status;
    }

    public Money total() {
        return Money.of(total);
    }

    /**
     * Whether a batch job built it (it was too large to build in the request): its document binds its
     * lines by their digest instead of listing them.
     */
    public boolean builtInBatch() {
        return buildToDo != null;
    }

    public int lineCount() {
        return lineCount;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<Long> approvalSignatureId() {
        return Optional.ofNullable(approvalSignatureId);
    }

    public Optional<String> documentSha256() {
        return Optional.ofNullable(documentSha256);
    }

    public Optional<String> bankReference() {
        return Optional.ofNullable(bankReference);
    }

    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    /** Who recorded the payment. */
    public Optional<String> paidBy() {
        return Optional.ofNullable(paidBy);
    }

    /** How far a batch build went: empty for a register built at once. */
    public Optional<BuildProgress> build() {
        return buildToDo == null ? Optional.empty() : Optional.of(new BuildProgress(buildToDo, buildDone, buildMaxClaimId,
                Optional.ofNullable(buildLastClaimId), Optional.ofNullable(buildExecutionId), buildAttempts,
                Optional.ofNullable(buildHeartbeatAt), Optional.ofNullable(buildFailure), Optional.ofNullable(builtAt)));
    }

    /**
     * A batch build's progress: the READY claims found when it was asked for, those gone through so far,
     * the highest claim id it takes and the last it went through, the job execution, how often it was
     * started, its last sign of life, why it last stopped, and when it was built.
     */
    public record BuildProgress(int claimsToDo, int claimsDone, long maxClaimId, Optional<Long> lastClaimId,
                                Optional<Long> executionId, int attempts, Optional<Instant> heartbeatAt,
                                Optional<String> failure, Optional<Instant> builtAt) {

        /** Whole percent done, 0 to 100 (claims that became READY meanwhile may be taken too). */
        public int percent() {
            return claimsToDo <= 0 ? 100 : (int) Math.min(100, (long) claimsDone * 100 / claimsToDo);
        }
    }
}
