package kz.kepil.ordering.api;

import kz.kepil.ordering.domain.FixedAmounts;
import kz.kepil.ordering.domain.ServiceAct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A monthly act of an hourly service: its sheet, hours, amounts, due date and where it stands. */
public record ServiceActView(long id, String number, long orderId, String month, Map<String, Integer> days, int hours,
                             int coveredHours, int ownExpenseHours, BigDecimal pricePerHour, BigDecimal guaranteedSumPerHour,
                             BigDecimal stateAmount, BigDecimal topUp, BigDecimal total, LocalDate dueBy, boolean late,
                             String status, Instant submittedAt, Instant confirmedAt, long actSignatureId,
                             Long confirmationSignatureId) {

    static ServiceActView of(ServiceAct a) {
        Map<String, Integer> days = new LinkedHashMap<>();
        a.sheet().days().forEach((d, h) -> days.put(d.toString(), h));
        FixedAmounts m = a.amounts();
        return new ServiceActView(a.id(), a.number(), a.orderId(), a.month().toString(), days, a.hours(), a.coveredHours(),
                a.hours() - a.coveredHours(), m.price().amount(), m.guaranteedSum().amount(), m.stateAmount().amount(),
                m.topUp().amount(), m.total().amount(), a.dueBy(), a.late(), a.status().name(), a.submittedAt(),
                a.confirmedAt().orElse(null), a.actSignatureId(), a.confirmationSignatureId().orElse(null));
    }
}
