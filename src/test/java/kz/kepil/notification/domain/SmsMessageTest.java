package kz.kepil.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsMessageTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T04:00:00Z");
    private static final DeliveryPolicy POLICY = new DeliveryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10));

    private static SmsMessage queued(String phone) {
        return new SmsMessage(1, "SELECTION_OPEN", new SmsMessage.Addressee("850214300001", "Қасымов Асан",
                LocalDate.of(1985, 2, 14), null, "SD-75", phone, "M-1", "Кресло-коляска", "Әбенова Гүлнар"),
                "Kepil: мәтін\nтекст", QUEUED, QUEUED);
    }

    @Test
    void smsIsQueuedPendingWithTheNumberInInternationalForm() {
        SmsMessage sms = queued("8 (701) 234-56-78");

        assertThat(sms.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(sms.phone()).contains("+77012345678");
        assertThat(sms.nextAttemptAt()).contains(QUEUED);
        assertThat(sms.attempts()).isZero();
    }

    @Test
    void smsTheGatewayTookIsSentWithItsResponseCode() {
        SmsMessage sms = queued("+77012345678");
        Instant at = QUEUED.plusSeconds(2);

        sms.delivered("LOGGED", at);

        assertThat(sms.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sms.responseCode()).contains("LOGGED");
        assertThat(sms.sentAt()).contains(at);
        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.nextAttemptAt()).isEmpty();
    }

    @Test
    void failedSendStaysPendingWithBackoffUntilTheLastAttemptThenFails() {
        SmsMessage sms = queued("+77012345678");
        Instant t = QUEUED;

        sms.attemptFailed("503", "HTTP 503", true, t, POLICY);
        assertThat(sms.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(sms.nextAttemptAt()).contains(t.plusSeconds(30));

        sms.attemptFailed("TIMEOUT", "no answer", true, t, POLICY);
        assertThat(sms.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(sms.nextAttemptAt()).contains(t.plusSeconds(60));

        sms.attemptFailed("503", "HTTP 503", true, t, POLICY);
        assertThat(sms.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(sms.attempts()).isEqualTo(3);
        assertThat(sms.responseCode()).contains("503");
        assertThat(sms.nextAttemptAt()).isEmpty();
        assertThatThrownBy(() -> sms.delivered("200", t)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sendTheGatewayRefusesForGoodFailsAtOnce() {
        SmsMessage sms = queued("+77012345678");

        sms.attemptFailed("400", "HTTP 400: bad number", false, QUEUED, POLICY);

        assertThat(sms.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(sms.lastError()).contains("HTTP 400: bad number");
    }

    @Test
    void smsWithoutAUsableNumberIsKeptInTheJournalAsFailed() {
        SmsMessage none = queued(null);
        SmsMessage wrong = queued("12345");

        assertThat(none.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(none.responseCode()).contains(SmsMessage.NO_PHONE);
        assertThat(wrong.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(wrong.responseCode()).contains(SmsMessage.PHONE_INVALID);
        assertThat(wrong.phone()).contains("12345");
    }

    @Test
    void claimedSmsIsNotDueUntilItsLeaseEnds() {
        SmsMessage sms = queued("+77012345678");
        Instant lease = QUEUED.plusSeconds(90);

        sms.claim(lease);

        assertThat(sms.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(sms.nextAttemptAt()).contains(lease);
        sms.attemptFailed("503", null, true, QUEUED.plusSeconds(5), POLICY);
        assertThat(sms.nextAttemptAt()).as("the retry replaces the lease").contains(QUEUED.plusSeconds(35));
    }

    @Test
    void sentSmsIsNotSentAgain() {
        SmsMessage sms = queued("+77012345678");
        sms.delivered("LOGGED", QUEUED);

        assertThatThrownBy(() -> sms.delivered("LOGGED", QUEUED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sms.attemptFailed("500", null, true, QUEUED, POLICY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sms.claim(QUEUED)).isInstanceOf(IllegalStateException.class);
    }
}
