package kz.kepil.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends SMS of the outbox one at a time: claim it (a lease for as long as a send may take, so no other
 * dispatcher, in this process or another instance, sends it meanwhile), hand it to the gateway, record
 * the outcome. A dispatcher that dies mid-send leaves the SMS to be sent again when the lease ends; the
 * outbox id sent as the gateway's reference lets a gateway recognise such a repeat.
 *
 * <p>When an attempt is due is counted in real time, not by the portal's clock, which a test portal may
 * move: an SMS queued while the clock stood in the future must not wait for that future.
 */
@ApplicationScoped
public class SmsDelivery {

    /** Beyond the longest send the gateway allows, before another dispatcher may take the SMS. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class.getName());

    @Inject
    SmsOutbox outbox;

    @Inject
    SmsGateway gateway;

    /** Sends the SMS that has waited longest among those due; false when none is due and free. */
    public boolean sendNext() {
        Instant now = Instant.now();
        Optional<SmsGateway.Sms> sms = outbox.claimNext(now, leaseFrom(now));
        sms.ifPresent(this::deliver);
        return sms.isPresent();
    }

    /** Sends this SMS if it is due and no other dispatcher has it; false otherwise. */
    public boolean send(long smsId) {
        Instant now = Instant.now();
        Optional<SmsGateway.Sms> sms = outbox.claim(smsId, now, leaseFrom(now));
        sms.ifPresent(this::deliver);
        return sms.isPresent();
    }

    private Instant leaseFrom(Instant now) {
        return now.plus(gateway.longestSend()).plus(LEASE_MARGIN);
    }

    private void deliver(SmsGateway.Sms sms) {
        SmsGateway.Outcome outcome;
        try {
            outcome = gateway.send(sms);
        } catch (RuntimeException e) {
            // An adapter should answer, not throw; if one throws anyway the SMS is kept for another try.
            LOG.log(Level.WARNING, "SMS " + sms.id() + ": the gateway failed", e);
            outcome = SmsGateway.Outcome.retryLater("ERROR", e.toString());
        }
        outbox.record(sms.id(), outcome, Instant.now());
    }
}
