package kz.kepil.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");
    private static final DeliveryPolicy POLICY = new DeliveryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void delayDoublesWithEachFailedAttemptUpToTheLargest() {
        assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(POLICY.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(POLICY.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(POLICY.delayAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void retryableFailureIsTriedAgainUntilTheAttemptsAreUsedUp() {
        assertThat(POLICY.nextAttempt(1, true, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(POLICY.nextAttempt(4, true, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(POLICY.nextAttempt(5, true, NOW)).isEmpty();
    }

    @Test
    void finalFailureIsNotTriedAgain() {
        assertThat(POLICY.nextAttempt(1, false, NOW)).isEmpty();
    }

    @Test
    void defaultsAreFiveAttemptsFromAMinuteToAnHour() {
        assertThat(DeliveryPolicy.DEFAULT.maxAttempts()).isEqualTo(5);
        assertThat(DeliveryPolicy.DEFAULT.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryPolicy.DEFAULT.delayAfter(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void nonsensicalPolicyIsRefused() {
        assertThatThrownBy(() -> new DeliveryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryPolicy(3, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
