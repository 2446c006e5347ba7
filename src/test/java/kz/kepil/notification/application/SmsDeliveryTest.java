package kz.kepil.notification.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SmsDeliveryTest {

    /** An outbox holding SMS 7 only, remembering the lease asked for and the outcomes recorded. */
    static final class OneSmsOutbox extends SmsOutbox {
        boolean claimed;
        Instant claimedAt;
        Instant leaseUntil;
        final List<SmsGateway.Outcome> recorded = new ArrayList<>();

        @Override
        public Optional<SmsGateway.Sms> claimNext(Instant now, Instant leaseUntil) {
            if (claimed) {
                return Optional.empty();
            }
            claimed = true;
            this.claimedAt = now;
            this.leaseUntil = leaseUntil;
            return Optional.of(new SmsGateway.Sms(7, "+77012345678", "text"));
        }

        @Override
        public Optional<SmsGateway.Sms> claim(long smsId, Instant now, Instant leaseUntil) {
            return smsId == 7 ? claimNext(now, leaseUntil) : Optional.empty();
        }

        @Override
        public void record(long smsId, SmsGateway.Outcome outcome, Instant now) {
            recorded.add(outcome);
        }
    }

    private static SmsDelivery delivery(OneSmsOutbox outbox, SmsGateway gateway) {
        SmsDelivery delivery = new SmsDelivery();
        delivery.outbox = outbox;
        delivery.gateway = gateway;
        return delivery;
    }

    private static SmsGateway gateway(Duration longestSend, java.util.function.Function<SmsGateway.Sms, SmsGateway.Outcome> send) {
        return new SmsGateway() {
            @Override
            public Outcome send(Sms sms) {
                return send.apply(sms);
            }

            @Override
            public Duration longestSend() {
                return longestSend;
            }

            @Override
            public String describe() {
                return "test";
            }
        };
    }

    @Test
    void smsIsLeasedForTheLongestSendAndAMarginThenItsOutcomeRecorded() {
        OneSmsOutbox outbox = new OneSmsOutbox();
        SmsDelivery delivery = delivery(outbox, gateway(Duration.ofSeconds(20), sms -> SmsGateway.Outcome.delivered("202")));

        assertThat(delivery.sendNext()).isTrue();
        assertThat(delivery.sendNext()).isFalse();

        assertThat(Duration.between(outbox.claimedAt, outbox.leaseUntil))
                .isEqualTo(Duration.ofSeconds(20).plus(SmsDelivery.LEASE_MARGIN));
        assertThat(outbox.recorded).containsExactly(SmsGateway.Outcome.delivered("202"));
    }

    @Test
    void gatewayThatThrowsLeavesTheSmsForAnotherTry() {
        OneSmsOutbox outbox = new OneSmsOutbox();
        SmsDelivery delivery = delivery(outbox, gateway(Duration.ZERO, sms -> {
            throw new IllegalStateException("boom");
        }));

        assertThat(delivery.send(7)).isTrue();

        assertThat(outbox.recorded).singleElement().satisfies(o -> {
            assertThat(o.delivered()).isFalse();
            assertThat(o.retryable()).isTrue();
            assertThat(o.responseCode()).isEqualTo("ERROR");
        });
    }

    @Test
    void smsNotDueOrHeldElsewhereIsNotSent() {
        OneSmsOutbox outbox = new OneSmsOutbox();
        SmsDelivery delivery = delivery(outbox, gateway(Duration.ZERO, sms -> SmsGateway.Outcome.delivered("LOGGED")));

        assertThat(delivery.send(8)).isFalse();
        assertThat(outbox.recorded).isEmpty();
    }
}
