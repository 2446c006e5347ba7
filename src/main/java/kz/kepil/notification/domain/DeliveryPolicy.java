package kz.kepil.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how long an SMS is tried. A send that may succeed later (the gateway is down, slow or
 * busy) is tried again after a delay that doubles with each attempt, from {@code firstDelay} up to
 * {@code maxDelay}; after {@code maxAttempts} attempts in all the SMS is given up. A send the gateway
 * refuses for good (a malformed number, say) is not repeated.
 */
public record DeliveryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

    public DeliveryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed: " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive and the largest no smaller than the first: "
                    + firstDelay + ", " + maxDelay);
        }
    }

    /** How long to wait after the given number of failed attempts (1 after the first). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        // Doubling past 2^20 exceeds any sensible cap; stop there to keep the arithmetic in range.
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * When to try again after {@code attempts} attempts, the last of which failed at {@code now}; empty
     * when the SMS is to be given up.
     */
    public Optional<Instant> nextAttempt(int attempts, boolean retryable, Instant now) {
        if (!retryable || attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attempts)));
    }
}
