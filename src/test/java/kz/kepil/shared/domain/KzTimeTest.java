package kz.kepil.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KzTimeTest {

    @Test
    void kazakhstanIsUtcPlusFiveSinceMarch2024() {
        assertThat(KzTime.ALMATY.getRules().getOffset(Instant.parse("2026-06-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(5));
        assertThat(KzTime.ALMATY.getRules().getOffset(Instant.parse("2026-01-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(5));
    }

    @Test
    void almatyWasUtcPlusSixBeforeTheChange() {
        assertThat(KzTime.ALMATY.getRules().getOffset(Instant.parse("2024-01-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(6));
    }
}
