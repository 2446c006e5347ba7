package kz.kepil.notification.api;

import kz.kepil.notification.application.SmsRecord;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the SMS journal: IIN, full name, birth date, case number, service, notice type, response
 * code, date sent, phone and specialist, with the text and how sending went; for a question, the code
 * to reply with and the answer: yes or no, via SMS, cabinet or silence, by whom, the reply's text, when.
 */
public record SmsView(long id, String type, String iin, String fullName, LocalDate birthDate, Long supplierId,
                      String akimatCode, String caseNumber, String service, String specialist, String phone,
                      String text, String status, int attempts, String responseCode, Instant queuedAt, Instant sentAt,
                      String replyCode, String replyAnswer, String replyVia, String replyBy, String replyText,
                      Instant repliedAt) {

    static SmsView of(SmsRecord r) {
        return new SmsView(r.id(), r.type().name(), r.iin(), r.fullName(), r.birthDate(), r.supplierId(),
                r.akimatCode(), r.caseNumber(), r.service(), r.specialist(), r.phone(), r.text(), r.status().name(),
                r.attempts(), r.responseCode(), r.queuedAt(), r.sentAt(), r.replyCode(),
                r.reply() == null ? null : r.reply().answer().name(), r.reply() == null ? null : r.reply().via().name(),
                r.reply() == null ? null : r.reply().by(), r.reply() == null ? null : r.reply().text(),
                r.reply() == null ? null : r.reply().at());
    }
}
