package kz.kepil.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice in a cabinet: a beneficiary's, found by their IIN, or a supplier's, read by every member of its
 * staff. Written once with its text in Kazakh, Russian and English, so each reader sees their own
 * language; afterwards only the first reading is recorded, which is why no version is kept.
 */
@Entity
@Table(name = "cabinet_notice")
public class CabinetEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "notice_type", nullable = false, length = 40)
    private String noticeType;

    @Column(name = "recipient_iin", length = 12)
    private String recipientIin;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "case_number", length = 100)
    private String caseNumber;

    @Column(name = "service", length = 500)
    private String service;

    @Column(name = "text_kk", nullable = false, length = 2000)
    private String textKk;

    @Column(name = "text_ru", nullable = false, length = 2000)
    private String textRu;

    @Column(name = "text_en", nullable = false, length = 2000)
    private String textEn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected CabinetEntry() {
    }

    /** The text of a notice in the portal's three languages. */
    public record Texts(String kk, String ru, String en) {
        public Texts {
            Objects.requireNonNull(kk, "kk");
            Objects.requireNonNull(ru, "ru");
            Objects.requireNonNull(en, "en");
        }
    }

    /**
     * A notice for a supplier's staff when {@code supplierId} is given, otherwise for the beneficiary with
     * {@code recipientIin}.
     */
    public CabinetEntry(String noticeType, String recipientIin, Long supplierId, String caseNumber, String service,
                        Texts texts, Instant createdAt) {
        if (recipientIin == null && supplierId == null) {
            throw new IllegalArgumentException("a notice is for a beneficiary (IIN) or a supplier");
        }
        this.noticeType = Objects.requireNonNull(noticeType, "noticeType");
        this.supplierId = supplierId;
        this.recipientIin = supplierId == null ? recipientIin : null;
        this.caseNumber = SmsMessage.clip(caseNumber, 100);
        this.service = SmsMessage.clip(service, 500);
        this.textKk = SmsMessage.clip(texts.kk(), 2000);
        this.textRu = SmsMessage.clip(texts.ru(), 2000);
        this.textEn = SmsMessage.clip(texts.en(), 2000);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The recipient read it; reading it again changes nothing. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at, "at");
        }
    }

    public Long id() {
        return id;
    }

    public String noticeType() {
        return noticeType;
    }

    public Optional<String> recipientIin() {
        return Optional.ofNullable(recipientIin);
    }

    public Optional<Long> supplierId() {
        return Optional.ofNullable(supplierId);
    }

    public Optional<String> caseNumber() {
        return Optional.ofNullable(caseNumber);
    }

    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    public Texts texts() {
        return new Texts(textKk, textRu, textEn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
