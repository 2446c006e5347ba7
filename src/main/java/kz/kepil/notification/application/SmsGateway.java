package kz.kepil.notification.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The port to whatever delivers SMS. An adapter answers with an {@link Outcome} and does not throw for
 * a failed send: the outbox decides from the outcome whether to try again.
 */
public interface SmsGateway {

    /** One SMS to send: the outbox id (a stable reference for the gateway), the number, the text. */
    record Sms(long id, String phone, String text) {
        public Sms {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * What the gateway did: took the SMS, or did not and trying again may ({@code retryable}) or will not
     * help. {@code responseCode} goes to the journal; {@code detail} explains a failure.
     */
    record Outcome(boolean delivered, boolean retryable, String responseCode, String detail) {
        public Outcome {
            Objects.requireNonNull(responseCode, "responseCode");
        }

        public static Outcome delivered(String responseCode) {
            return new Outcome(true, false, responseCode, null);
        }

        public static Outcome retryLater(String responseCode, String detail) {
            return new Outcome(false, true, responseCode, detail);
        }

        public static Outcome refused(String responseCode, String detail) {
            return new Outcome(false, false, responseCode, detail);
        }
    }

    Outcome send(Sms sms);

    /** The longest a send may take before the adapter gives up: no other dispatcher takes the SMS meanwhile. */
    Duration longestSend();

    /** How the gateway is named in the log at start-up: its kind and where it sends (never a secret). */
    String describe();
}
