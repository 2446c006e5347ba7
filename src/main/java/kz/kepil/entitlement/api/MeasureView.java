package kz.kepil.entitlement.api;

import kz.kepil.entitlement.domain.Consent;
import kz.kepil.entitlement.domain.Measure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A measure with its status, its window and the quantities used and remaining; for a replacement, when
 * consent was asked, the deadline to answer ({@code consentDueBy}) and the answer: CONSENTED or REFUSED,
 * via SMS, CABINET or SILENCE, by whom and when; {@code requeuedAt} while a measure put back in the general queue
 * after a no-show waits for E-Sobes to send it again.
 */
public record MeasureView(long id, String status, String iin, String fullName, String akimatCode, String region,
                          String classifierCode, int quantity, int usedQuantity, int remainingQuantity,
                          LocalDate iprValidFrom, LocalDate iprValidTo, String queueNumber, LocalDate queueDate,
                          String replacementOf, Instant notifiedAt, Instant remindAt, Instant remindedAt, Instant selectableUntil,
                          String closedReason, Instant statusSince, Instant consentRequestedAt, Instant consentDueBy,
                          String consentAnswer, String consentVia, String consentBy, Instant consentAt, Instant requeuedAt) {

    static MeasureView of(Measure m) {
        return new MeasureView(m.id(), m.status().name(), m.iin(), m.fullName(), m.akimatCode(), m.regionCode(),
                m.classifierCode(), m.quantity(), m.usedQuantity(), m.remainingQuantity(), m.iprValidFrom(), m.iprValidTo(),
                m.queueNumber(), m.queueDate(), m.replacementOf().orElse(null), m.notifiedAt().orElse(null),
                m.remindAt().orElse(null), m.remindedAt().orElse(null), m.selectableUntil().orElse(null), m.closedReason().orElse(null), m.statusSince(),
                m.consentRequestedAt().orElse(null), m.consentDueBy().orElse(null),
                m.consent().map(c -> c.answer().name()).orElse(null), m.consent().map(c -> c.via().name()).orElse(null),
                m.consent().map(Consent::by).orElse(null), m.consent().map(Consent::at).orElse(null),
                m.requeuedAt().orElse(null));
    }
}
