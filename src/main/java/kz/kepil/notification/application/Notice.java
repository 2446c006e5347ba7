package kz.kepil.notification.application;

import java.time.LocalDate;
import java.util.Map;

/**
 * Who and what: a beneficiary ({@code iin}, {@code fullName}, {@code birthDate}, {@code phone}) or a
 * supplier ({@code supplierId}, {@code phone}; a notice with a supplier goes to the supplier's staff,
 * and the beneficiary's fields, if given, only describe the case in the journal); the case
 * ({@code caseNumber}: the measure's or the order's number), the service (classifier code or name), the
 * akimat specialist in charge, and {@code params} for the text.
 *
 * <p>The texts use {@code {case}} and {@code {order}} (default: {@code caseNumber}), {@code {service}} and
 * {@code {product}} (default: {@code service}), {@code {until}}, {@code {due}}, {@code {reason}},
 * {@code {status}}, and for a question ({@link Notifications#ask}) {@code {code}}, which the portal fills
 * in. A value for one language is given as {@code reason.kk}, {@code reason.ru}, {@code reason.en} and
 * wins over {@code reason}; an ISO date ({@code 2026-03-15}) is written
 * {@code 15.03.2026}. {@link #AKIMAT} names the akimat whose specialists see the SMS in the journal.
 */
public record Notice(NoticeType type, String iin, String fullName, LocalDate birthDate, Long supplierId,
                     String phone, String caseNumber, String service, String specialist, Map<String, String> params) {

    /** The param naming the beneficiary's akimat (such as {@code SD-75}): it scopes the SMS journal. */
    public static final String AKIMAT = "akimatCode";

    public Notice {
        params = params == null ? Map.of() : params.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
