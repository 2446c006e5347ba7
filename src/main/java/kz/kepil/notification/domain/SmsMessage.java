package kz.kepil.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One SMS in the outbox, and its line in the SMS journal. It is queued {@link SmsStatus#PENDING} in the
 * transaction that had something to say, and then only a dispatcher changes it: each attempt either
 * hands it to the gateway ({@link #delivered}, {@code SENT}) or fails ({@link #attemptFailed}); a
 * failure is tried again as the {@link DeliveryPolicy} says, and in the end given up ({@code FAILED}).
 * An SMS without a usable phone number is given up as it is queued, so the journal still shows it.
 * Nothing is ever deleted. A dispatcher {@link #claim claims} the SMS for the time a send may take, so
 * no other dispatcher sends it meanwhile, and if the dispatcher dies it is sent again afterwards.
 *
 * <p>An SMS may ask a yes/no question: it then carries the {@link #replyCode() code} the person replies
 * with, and once the question is answered, by an SMS reply, in the cabinet or by silence where the rules
 * take silence for an answer, the {@link #reply() answer} is written on the same line. It is answered once.
 */
@Entity
@Table(name = "notification_outbox")
public class SmsMessage {

    public static final String NO_PHONE = "NO_PHONE";
    public static final String PHONE_INVALID = "PHONE_INVALID";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "notice_type", nullable = false, length = 40)
    private String noticeType;

    @Column(name = "iin", length = 12)
    private String iin;

    @Column(name = "full_name", length = 300)
    private String fullName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "akimat_code", length = 20)
    private String akimatCode;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "case_number", length = 100)
    private String caseNumber;

    @Column(name = "service", length = 500)
    private String service;

    @Column(name = "specialist", length = 300)
    private String specialist;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SmsStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "response_code", length = 40)
    private String responseCode;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "reply_code", length = 8)
    private String replyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_answer", length = 3)
    private Reply.Answer replyAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_via", length = 10)
    private Reply.Via replyVia;

    @Column(name = "reply_by", length = 60)
    private String replyBy;

    @Column(name = "reply_text", length = 500)
    private String replyText;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected SmsMessage() {
    }

    /** Who the SMS is for and about what, as the journal records it. */
    public record Addressee(String iin, String fullName, LocalDate birthDate, Long supplierId, String akimatCode,
                            String phone, String caseNumber, String service, String specialist) {
    }

    /**
     * Queues an SMS at {@code queuedAt} (the portal's time) to be sent from {@code dueAt} (real time). The
     * phone is taken in any usual spelling; without a usable one the SMS is given up at once.
     */
    public SmsMessage(long noticeId, String noticeType, Addressee to, String text, Instant queuedAt, Instant dueAt) {
        this.noticeId = noticeId;
        this.noticeType = Objects.requireNonNull(noticeType, "noticeType");
        this.iin = to.iin();
        this.fullName = clip(to.fullName(), 300);
        this.birthDate = to.birthDate();
        this.supplierId = to.supplierId();
        this.akimatCode = clip(to.akimatCode(), 20);
        this.caseNumber = clip(to.caseNumber(), 100);
        this.service = clip(to.service(), 500);
        this.specialist = clip(to.specialist(), 300);
        this.text = clip(Objects.requireNonNull(text, "text"), 1000);
        this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
        Optional<PhoneNumber> number = PhoneNumber.parse(to.phone());
        if (number.isPresent()) {
            this.phone = number.get().value();
            this.status = SmsStatus.PENDING;
            this.nextAttemptAt = Objects.requireNonNull(dueAt, "dueAt");
        } else {
            this.phone = clip(to.phone() == null || to.phone().isBlank() ? null : to.phone().strip(), 30);
            this.status = SmsStatus.FAILED;
            this.responseCode = this.phone == null ? NO_PHONE : PHONE_INVALID;
        }
    }

    /**
     * A dispatcher takes the SMS to send it: until {@code leaseUntil} (real time) no other dispatcher does,
     * and if this one never tells how it went (it crashed), the SMS is due again then.
     */
    public void claim(Instant leaseUntil) {
        requirePending();
        nextAttemptAt = Objects.requireNonNull(leaseUntil, "leaseUntil");
    }

    /** The gateway took the SMS. */
    public void delivered(String gatewayCode, Instant at) {
        requirePending();
        attempts++;
        status = SmsStatus.SENT;
        responseCode = clip(gatewayCode, 40);
        lastError = null;
        sentAt = Objects.requireNonNull(at, "at");
        nextAttemptAt = null;
    }

    /**
     * An attempt failed at {@code now} (real time): the SMS waits for the next attempt, or is given up when
     * the failure is final or the attempts are used up.
     */
    public void attemptFailed(String gatewayCode, String error, boolean retryable, Instant now, DeliveryPolicy policy) {
        requirePending();
        attempts++;
        responseCode = clip(gatewayCode, 40);
        lastError = clip(error, 500);
        Optional<Instant> next = policy.nextAttempt(attempts, retryable, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = SmsStatus.FAILED;
            nextAttemptAt = null;
        }
    }

    /** The SMS asks a question, to be answered with this code. */
    public void asks(String code) {
        if (code == null || !code.matches("\\d{4,8}")) {
            throw new IllegalArgumentException("a reply code is 4 to 8 digits: " + code);
        }
        replyCode = code;
    }

    /** The question was answered; a second answer is a programming error, the asker keeps the state. */
    public void answered(Reply reply) {
        Objects.requireNonNull(reply, "reply");
        if (replyCode == null) {
            throw new IllegalStateException("SMS " + id + " asked no question");
        }
        if (replyAnswer != null) {
            throw new IllegalStateException("SMS " + id + " was answered already");
        }
        replyAnswer = reply.answer();
        replyVia = reply.via();
        replyBy = clip(reply.by(), 60);
        replyText = clip(reply.text(), 500);
        repliedAt = reply.at();
    }

    private void requirePending() {
        if (status != SmsStatus.PENDING) {
            throw new IllegalStateException("SMS " + id + " is " + status + ", not waiting to be sent");
        }
    }

    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long noticeId() {
        return noticeId;
    }

    public String noticeType() {
        return noticeType;
    }

    public Optional<String> iin() {
        return Optional.ofNullable(iin);
    }

    public Optional<String> fullName() {
        return Optional.ofNullable(fullName);
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<Long> supplierId() {
        return Optional.ofNullable(supplierId);
    }

    public Optional<String> akimatCode() {
        return Optional.ofNullable(akimatCode);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> caseNumber() {
        return Optional.ofNullable(caseNumber);
    }

    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    public Optional<String> specialist() {
        return Optional.ofNullable(specialist);
    }

    public String text() {
        return text;
    }

    public SmsStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> responseCode() {
        return Optional.ofNullable(responseCode);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** The code a reply to this SMS's question names, if it asks one. */
    public Optional<String> replyCode() {
        return Optional.ofNullable(replyCode);
    }

    /** How the question was answered, once it is. */
    public Optional<Reply> reply() {
        return replyAnswer == null ? Optional.empty() : Optional.of(new Reply(replyAnswer, replyVia, replyBy, replyText, repliedAt));
    }
}
