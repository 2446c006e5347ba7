package kz.kepil.notification.api;

import kz.kepil.notification.application.SmsRecord;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the SMS journal: IIN, full name, birth date, case number, service, notice type, response
 * code, date sent, phone and specialist, with the text and how sending went.
 */
public record SmsView(long id, String type, String iin, String fullName, LocalDate birthDate, Long supplierId,
                      String akimatCode, String caseNumber, String service, String specialist, String phone,
                      String text, String status, int attempts, String responseCode, Instant queuedAt, Instant sentAt) {

    static SmsView of(SmsRecord r) {
        return new SmsView(r.id(), r.type().name(), r.iin(), r.fullName(), r.birthDate(), r.supplierId(),
                r.akimatCode(), r.caseNumber(), r.service(), r.specialist(), r.phone(), r.text(), r.status().name(),
                r.attempts(), r.responseCode(), r.queuedAt(), r.sentAt());
    }
}
