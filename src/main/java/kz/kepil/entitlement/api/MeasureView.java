package kz.kepil.entitlement.api;

import kz.kepil.entitlement.domain.Measure;

import java.time.Instant;
import java.time.LocalDate;

/** A measure with its status, its window and the quantities used and remaining. */
public record MeasureView(long id, String status, String iin, String fullName, String akimatCode, String region,
                          String classifierCode, int quantity, int usedQuantity, int remainingQuantity,
                          LocalDate iprValidFrom, LocalDate iprValidTo, String queueNumber, LocalDate queueDate,
                          String replacementOf, Instant notifiedAt, Instant remindAt, Instant remindedAt, Instant selectableUntil,
                          String closedReason, Instant statusSince) {

    static MeasureView of(Measure m) {
        return new MeasureView(m.id(), m.status().name(), m.iin(), m.fullName(), m.akimatCode(), m.regionCode(),
                m.classifierCode(), m.quantity(), m.usedQuantity(), m.remainingQuantity(), m.iprValidFrom(), m.iprValidTo(),
                m.queueNumber(), m.queueDate(), m.replacementOf().orElse(null), m.notifiedAt().orElse(null),
                m.remindAt().orElse(null), m.remindedAt().orElse(null), m.selectableUntil().orElse(null), m.closedReason().orElse(null), m.statusSince());
    }
}
