package kz.kepil.notification.application;

import kz.kepil.notification.domain.Reply;
import kz.kepil.notification.domain.SmsMessage;
import kz.kepil.notification.domain.SmsStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the SMS journal: for whom (IIN, name, birth date, or the supplier), about which case and
 * service, the type, the phone, the specialist, the text, and how sending went: status, attempts, the
 * gateway's response code and when it was sent; for a question, the code to reply with and the answer
 * once given (null until then).
 */
public record SmsRecord(long id, NoticeType type, String iin, String fullName, LocalDate birthDate, Long supplierId,
                        String akimatCode, String caseNumber, String service, String specialist, String phone,
                        String text, SmsStatus status, int attempts, String responseCode, Instant queuedAt,
                        Instant sentAt, String replyCode, Reply reply) {

    static SmsRecord of(SmsMessage m) {
        return new SmsRecord(m.id(), NoticeType.valueOf(m.noticeType()), m.iin().orElse(null),
                m.fullName().orElse(null), m.birthDate().orElse(null), m.supplierId().orElse(null),
                m.akimatCode().orElse(null), m.caseNumber().orElse(null), m.service().orElse(null),
                m.specialist().orElse(null), m.phone().orElse(null), m.text(), m.status(), m.attempts(),
                m.responseCode().orElse(null), m.queuedAt(), m.sentAt().orElse(null), m.replyCode().orElse(null),
                m.reply().orElse(null));
    }
}
