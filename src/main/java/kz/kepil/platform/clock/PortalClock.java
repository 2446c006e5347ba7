package kz.kepil.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Produces the {@link Clock} that is injected everywhere: the system clock in UTC, shifted by an
 * offset that only a portal started with {@code kepil.clock.adjustable=true} lets anyone change.
 */
@ApplicationScoped
public class PortalClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final boolean adjustable;

    PortalClock() {
        this(false);
    }

    @Inject
    public PortalClock(@ConfigProperty(name = "kepil.clock.adjustable", defaultValue = "false") boolean adjustable) {
        this.adjustable = adjustable;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new ShiftedClock(offset);
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves the portal's time so that it reads {@code now}; refused where the clock is not adjustable. */
    public Instant setNow(Instant now) {
        requireAdjustable();
        Objects.requireNonNull(now, "now");
        offset.set(Duration.between(Instant.now(), now));
        return now;
    }

    public void reset() {
        requireAdjustable();
        offset.set(Duration.ZERO);
    }

    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "CLOCK_NOT_ADJUSTABLE",
                    "This portal's clock follows real time.");
        }
    }

    /** Real time plus a shared, changeable offset; serialisable clocks are not needed here. */
    static final class ShiftedClock extends Clock {
        private final AtomicReference<Duration> offset;

        ShiftedClock(AtomicReference<Duration> offset) {
            this.offset = offset;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
