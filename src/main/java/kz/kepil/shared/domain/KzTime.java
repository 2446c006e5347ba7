package kz.kepil.shared.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Kazakhstan's time zone. The whole country has kept UTC+5 since 2024-03-01; the JDK's tz data for
 * Asia/Almaty carries that change, so the named zone is used rather than a fixed offset and older timestamps
 * (UTC+6 in Almaty before the change) still convert correctly.
 */
public final class KzTime {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private KzTime() {
    }

    /** Today in Almaty by the clock: the day every deadline and yearly rule counts in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ALMATY);
    }

    /** The moment a day ends in Almaty: a deadline "by the end of" that day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ALMATY).toInstant();
    }

    /** The last day, in Almaty, that a deadline ending at {@code end} still includes: what a notice names. */
    public static LocalDate lastDayBefore(Instant end) {
        return end.minusSeconds(1).atZone(ALMATY).toLocalDate();
    }
}
