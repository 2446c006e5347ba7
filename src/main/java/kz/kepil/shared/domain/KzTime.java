package kz.kepil.shared.domain;

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
}
