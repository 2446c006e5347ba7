package kz.kepil.entitlement.domain;

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
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure of a beneficiary's individual rehabilitation programme, as E-Sobes sends it: a classifier
 * type and a quantity, valid for a period, with its place in the akimat's queue. It waits its turn
 * (QUEUED), then the beneficiary is told and may choose a supplier until the window ends
 * (SELECTABLE); a reminder goes out halfway; if nothing is chosen selection is BLOCKED until the
 * beneficiary asks to reactivate it, which puts the measure back in the queue. An order makes it
 * ORDERED; the receipt of what was ordered makes it FULFILLED. Death, a move to another region or the
 * end of the programme CLOSE a measure still waiting for a choice. Received once per
 * (IIN, queue number); the version tells apart two changes at once.
 *
 * <p>A replacement of an aid the beneficiary has ({@code replacementOf}) first waits for their consent
 * (AWAITING_CONSENT, DOMAIN.md §3.5): consent by SMS or in the cabinet, or no answer by the end of the
 * third working day after the request, puts it in the queue like any measure; a refusal closes it as
 * DECLINED. It is answered once, and in time: an answer after the deadline finds consent already given.
 *
 * <p>A beneficiary who did not come to the sanatorium they ordered goes back to E-Sobes's general queue
 * (000:L5502): the measure is QUEUED again at the back of the queue ({@code queueDate} of the no-show) and
 * waits ({@code requeuedAt}) until E-Sobes sends it again in its turn; the portal's queue does not open it
 * before. A stay cancelled in time reopens the measure for a new choice within one month (000:L5500).
 */
@Entity
@Table(name = "measure")
@NamedQuery(name = "Measure.byQueueNumber",
        query = "SELECT m FROM Measure m WHERE m.iin = :iin AND m.queueNumber = :queueNumber")
@NamedQuery(name = "Measure.ofBeneficiary",
        query = "SELECT m FROM Measure m WHERE m.iin = :iin ORDER BY m.queueDate, m.queueNumber")
@NamedQuery(name = "Measure.queued",
        query = "SELECT m FROM Measure m WHERE m.akimatCode = :akimat AND m.status = kz.kepil.entitlement.domain.MeasureStatus.QUEUED"
                + " AND m.requeuedAt IS NULL ORDER BY m.queueDate, m.queueNumber, m.id")
@NamedQuery(name = "Measure.queuedAkimats",
        query = "SELECT DISTINCT m.akimatCode FROM Measure m WHERE m.status = kz.kepil.entitlement.domain.MeasureStatus.QUEUED"
                + " AND m.requeuedAt IS NULL")
@NamedQuery(name = "Measure.reminderDue",
        query = "SELECT m FROM Measure m WHERE m.status = kz.kepil.entitlement.domain.MeasureStatus.SELECTABLE"
                + " AND m.remindAt <= :now AND m.remindedAt IS NULL")
@NamedQuery(name = "Measure.windowPassed",
        query = "SELECT m FROM Measure m WHERE m.status = kz.kepil.entitlement.domain.MeasureStatus.SELECTABLE"
                + " AND m.selectableUntil <= :now")
@NamedQuery(name = "Measure.byConsentNotice",
        query = "SELECT m FROM Measure m WHERE m.consentNoticeId = :notice")
@NamedQuery(name = "Measure.consentDue",
        query = "SELECT m FROM Measure m WHERE m.status = kz.kepil.entitlement.domain.MeasureStatus.AWAITING_CONSENT"
                + " AND m.consentDueBy <= :now")
@NamedQuery(name = "Measure.programmeEnded",
        query = "SELECT m FROM Measure m WHERE m.status IN (kz.kepil.entitlement.domain.MeasureStatus.AWAITING_CONSENT,"
                + " kz.kepil.entitlement.domain.MeasureStatus.QUEUED,"
                + " kz.kepil.entitlement.domain.MeasureStatus.SELECTABLE, kz.kepil.entitlement.domain.MeasureStatus.BLOCKED)"
                + " AND m.iprValidTo < :today")
@NamedQuery(name = "Measure.ofAkimat",
        query = "SELECT m FROM Measure m WHERE m.akimatCode = :akimat AND (:status IS NULL OR m.status = :status)"
                + " ORDER BY m.queueDate, m.queueNumber, m.id")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "iin", nullable = false, length = 12)
    private String iin;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "akimat_code", nullable = false, length = 20)
    private String akimatCode;

    @Column(name = "region_code", nullable = false, length = 10)
    private String regionCode;

    @Column(name = "classifier_code", nullable = false, length = 30)
    private String classifierCode;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "used_quantity", nullable = false)
    private int usedQuantity;

    @Column(name = "ipr_valid_from", nullable = false)
    private LocalDate iprValidFrom;

    @Column(name = "ipr_valid_to", nullable = false)
    private LocalDate iprValidTo;

    @Column(name = "queue_number", nullable = false, length = 40)
    private String queueNumber;

    @Column(name = "queue_date", nullable = false)
    private LocalDate queueDate;

    @Column(name = "replacement_of", length = 40)
    private String replacementOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MeasureStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "selectable_until")
    private Instant selectableUntil;

    @Column(name = "closed_reason", length = 40)
    private String closedReason;

    @Column(name = "consent_requested_at")
    private Instant consentRequestedAt;

    @Column(name = "consent_due_by")
    private Instant consentDueBy;

    @Column(name = "consent_notice_id")
    private Long consentNoticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_answer", length = 10)
    private Consent.Answer consentAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_via", length = 10)
    private Consent.Via consentVia;

    @Column(name = "consent_by", length = 60)
    private String consentBy;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "requeued_at")
    private Instant requeuedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Measure() {
    }

    /** What E-Sobes sends of a measure. */
    public record Received(String iin, String fullName, LocalDate birthDate, String phone, String akimatCode,
                           String regionCode, String classifierCode, int quantity, LocalDate iprValidFrom,
                           LocalDate iprValidTo, String queueNumber, LocalDate queueDate, String replacementOf) {
    }

    public Measure(Received r, LocalDate today, Instant at) {
        if (r.quantity() <= 0) {
            throw DomainException.invalid("VALIDATION_FAILED", "A measure's quantity is positive");
        }
        if (r.iprValidTo().isBefore(r.iprValidFrom())) {
            throw DomainException.invalid("VALIDATION_FAILED", "The programme ends after it starts");
        }
        if (r.iprValidTo().isBefore(today)) {
            throw DomainException.rule("IPR_EXPIRED", "The programme ended on " + r.iprValidTo());
        }
        this.iin = Objects.requireNonNull(r.iin());
        this.fullName = Objects.requireNonNull(r.fullName()).strip();
        this.birthDate = Objects.requireNonNull(r.birthDate());
        this.phone = r.phone();
        this.akimatCode = r.akimatCode();
        this.regionCode = r.regionCode();
        this.classifierCode = r.classifierCode();
        this.quantity = r.quantity();
        this.iprValidFrom = r.iprValidFrom();
        this.iprValidTo = r.iprValidTo();
        this.queueNumber = r.queueNumber().strip();
        this.queueDate = r.queueDate();
        this.replacementOf = r.replacementOf() == null || r.replacementOf().isBlank() ? null : r.replacementOf().strip();
        this.status = this.replacementOf == null ? MeasureStatus.QUEUED : MeasureStatus.AWAITING_CONSENT;
        this.statusSince = at;
        this.receivedAt = at;
    }

    /** The request for consent to the replacement went out at {@code at} as notice {@code noticeId}. */
    public void consentRequested(long noticeId, Instant at, Instant dueBy) {
        require(MeasureStatus.AWAITING_CONSENT, "asked for consent");
        if (consentRequestedAt != null) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "Consent to this replacement was asked already");
        }
        if (!dueBy.isAfter(at)) {
            throw new IllegalArgumentException("the consent deadline " + dueBy + " is not after the request " + at);
        }
        consentNoticeId = noticeId;
        consentRequestedAt = at;
        consentDueBy = dueBy;
    }

    /**
     * The beneficiary (or their representative) answers the request for consent, by SMS or in the cabinet:
     * consent puts the measure in the queue, a refusal closes it as DECLINED. Only while consent is awaited
     * ({@code CONSENT_NOT_AWAITED}) and before the deadline ({@code CONSENT_DEADLINE_PASSED}: silence has
     * consented by then).
     */
    public void answerConsent(Consent consent, Instant now) {
        if (status != MeasureStatus.AWAITING_CONSENT) {
            throw DomainException.conflict("CONSENT_NOT_AWAITED", replacementOf == null
                    ? "This measure is not a replacement: no consent is asked"
                    : "Consent is no longer awaited: the measure is " + status
                    + (consentAnswer == null ? "" : ", " + consentAnswer + " via " + consentVia + " at " + consentAt));
        }
        if (consent.via() == Consent.Via.SILENCE) {
            throw new IllegalArgumentException("silence is not an answer one gives");
        }
        if (!consent.at().isBefore(consentDueBy)) {
            throw DomainException.conflict("CONSENT_DEADLINE_PASSED", "The answer was due by " + consentDueBy
                    + "; without one the replacement counts as consented");
        }
        decide(consent, now);
    }

    /** Whether the deadline has passed without an answer; then silence is consent, given at the deadline. */
    public boolean consentBySilenceIfDue(Instant now) {
        if (status != MeasureStatus.AWAITING_CONSENT || consentDueBy == null || now.isBefore(consentDueBy)) {
            return false;
        }
        decide(new Consent(Consent.Answer.CONSENTED, Consent.Via.SILENCE, Consent.SYSTEM, consentDueBy), now);
        return true;
    }

    private void decide(Consent consent, Instant now) {
        consentAnswer = consent.answer();
        consentVia = consent.via();
        consentBy = consent.by().length() <= 60 ? consent.by() : consent.by().substring(0, 60);
        consentAt = consent.at();
        statusSince = now;
        if (consent.answer() == Consent.Answer.CONSENTED) {
            status = MeasureStatus.QUEUED;
        } else {
            status = MeasureStatus.DECLINED;
            closedReason = "REPLACEMENT_DECLINED";
        }
    }

    /** Its turn came: the beneficiary is told and may choose within the window. */
    public void open(SelectionWindow window, Instant at) {
        require(MeasureStatus.QUEUED, "opened for selection");
        status = MeasureStatus.SELECTABLE;
        statusSince = at;
        notifiedAt = at;
        remindAt = window.remindAt().orElse(null);
        remindedAt = null;
        selectableUntil = window.until();
    }

    /** Whether the reminder is due now; marks it sent. */
    public boolean remind(Instant now) {
        if (status != MeasureStatus.SELECTABLE || remindAt == null || remindedAt != null || now.isBefore(remindAt)) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** Whether the window has passed with nothing chosen; then selection is blocked. */
    public boolean blockIfPassed(Instant now) {
        if (status != MeasureStatus.SELECTABLE || selectableUntil == null || now.isBefore(selectableUntil)) {
            return false;
        }
        status = MeasureStatus.BLOCKED;
        statusSince = now;
        return true;
    }

    /** The beneficiary asks to choose again: the measure goes back to the queue. */
    public void requestActivation(Instant at) {
        require(MeasureStatus.BLOCKED, "reactivated");
        status = MeasureStatus.QUEUED;
        statusSince = at;
        notifiedAt = null;
        remindAt = null;
        remindedAt = null;
        selectableUntil = null;
    }

    /** The beneficiary signed an order on it: the measure is taken until the order ends. */
    public void ordered(int orderQuantity, Instant at) {
        require(MeasureStatus.SELECTABLE, "ordered");
        if (orderQuantity <= 0 || orderQuantity > remainingQuantity()) {
            throw DomainException.rule("QUANTITY_EXCEEDS_ENTITLEMENT", "At most " + remainingQuantity() + " remain of this entitlement");
        }
        status = MeasureStatus.ORDERED;
        statusSince = at;
    }

    /**
     * The order ended without the goods (refused, expired, cancelled): the beneficiary chooses again,
     * with a new window from now.
     */
    public void reopen(SelectionWindow window, Instant at) {
        require(MeasureStatus.ORDERED, "reopened");
        status = MeasureStatus.QUEUED;
        open(window, at);
    }

    /**
     * The beneficiary did not come to the stay ordered: the measure goes back to the general queue, at its
     * back ({@code today}), and waits there until E-Sobes sends it again.
     */
    public void requeue(LocalDate today, Instant at) {
        require(MeasureStatus.ORDERED, "put back in the queue");
        status = MeasureStatus.QUEUED;
        statusSince = at;
        queueDate = today;
        notifiedAt = null;
        remindAt = null;
        remindedAt = null;
        selectableUntil = null;
        requeuedAt = at;
    }

    /** E-Sobes sent a measure waiting in the general queue again: its turn came, {@code queueDate} its place. */
    public boolean turnCame(LocalDate queueDate) {
        if (status != MeasureStatus.QUEUED || requeuedAt == null) {
            return false;
        }
        this.queueDate = Objects.requireNonNull(queueDate);
        requeuedAt = null;
        return true;
    }

    /** Since when the measure waits in the general queue for E-Sobes to send it again. */
    public Optional<Instant> requeuedAt() {
        return Optional.ofNullable(requeuedAt);
    }

    /** The goods were received: what remains may be ordered again, with a new window; nothing left fulfils it. */
    public void received(int orderQuantity, SelectionWindow window, Instant at) {
        require(MeasureStatus.ORDERED, "received");
        usedQuantity += orderQuantity;
        if (remainingQuantity() <= 0) {
            status = MeasureStatus.FULFILLED;
            statusSince = at;
        } else {
            status = MeasureStatus.QUEUED;
            open(window, at);
        }
    }

    /** An ordered measure whose order was returned on the beneficiary's death or move. */
    public void closeOrdered(String reason, Instant at) {
        require(MeasureStatus.ORDERED, "closed");
        status = MeasureStatus.CLOSED;
        statusSince = at;
        closedReason = reason;
    }

    /** Death, a move or the end of the programme closes a measure still waiting for a choice. */
    public boolean closeIfOpen(String reason, Instant at) {
        if (!status.open()) {
            return false;
        }
        status = MeasureStatus.CLOSED;
        statusSince = at;
        closedReason = reason;
        return true;
    }

    private void require(MeasureStatus expected, String what) {
        if (status != expected) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " measure is not " + what);
        }
    }

    public String auditSummary() {
        return iin + " " + classifierCode + " x" + quantity + " queue=" + queueNumber + " " + status
                + (replacementOf != null ? " replaces=" + replacementOf : "")
                + (consentDueBy != null && consentAnswer == null ? " consentDue=" + consentDueBy : "")
                + (consentAnswer != null ? " " + consentAnswer + " via " + consentVia + " by " + consentBy + " at " + consentAt : "")
                + (selectableUntil != null ? " until=" + selectableUntil : "") + (closedReason != null ? " " + closedReason : "")
                + (requeuedAt != null ? " requeued=" + queueDate : "");
    }

    /** The case number an SMS and the journal quote. */
    public String caseNumber() {
        return "M-" + id;
    }

    public Long id() {
        return id;
    }

    public String iin() {
        return iin;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public String akimatCode() {
        return akimatCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String classifierCode() {
        return classifierCode;
    }

    public int quantity() {
        return quantity;
    }

    public int usedQuantity() {
        return usedQuantity;
    }

    public int remainingQuantity() {
        return quantity - usedQuantity;
    }

    public LocalDate iprValidFrom() {
        return iprValidFrom;
    }

    public LocalDate iprValidTo() {
        return iprValidTo;
    }

    public String queueNumber() {
        return queueNumber;
    }

    public LocalDate queueDate() {
        return queueDate;
    }

    public Optional<String> replacementOf() {
        return Optional.ofNullable(replacementOf);
    }

    public MeasureStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> notifiedAt() {
        return Optional.ofNullable(notifiedAt);
    }

    public Optional<Instant> remindAt() {
        return Optional.ofNullable(remindAt);
    }

    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt);
    }

    public Optional<Instant> selectableUntil() {
        return Optional.ofNullable(selectableUntil);
    }

    public Optional<String> closedReason() {
        return Optional.ofNullable(closedReason);
    }

    public Optional<Instant> consentRequestedAt() {
        return Optional.ofNullable(consentRequestedAt);
    }

    /** The end of the window to answer the request for consent. */
    public Optional<Instant> consentDueBy() {
        return Optional.ofNullable(consentDueBy);
    }

    /** The notice (and its SMS) that asked for consent. */
    public Optional<Long> consentNoticeId() {
        return Optional.ofNullable(consentNoticeId);
    }

    /** The answer to the request for consent, once there is one. */
    public Optional<Consent> consent() {
        return consentAnswer == null ? Optional.empty() : Optional.of(new Consent(consentAnswer, consentVia, consentBy, consentAt));
    }
}
