package kz.kepil.notification.infrastructure;

import kz.kepil.notification.application.SmsGateway;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The gateway of a portal that sends no real SMS: each one is written to the server log and counts as
 * sent, with the response code {@value #RESPONSE_CODE}. The number is masked in the log.
 */
public final class LoggingSmsGateway implements SmsGateway {

    public static final String RESPONSE_CODE = "LOGGED";

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public Outcome send(Sms sms) {
        LOG.info(() -> "SMS " + sms.id() + " to " + masked(sms.phone()) + ": " + sms.text().replace('\n', ' '));
        return Outcome.delivered(RESPONSE_CODE);
    }

    @Override
    public Duration longestSend() {
        return Duration.ZERO;
    }

    @Override
    public String describe() {
        return "logging (SMS are written to the log, not sent)";
    }

    static String masked(String phone) {
        return phone.length() <= 6 ? "***" : phone.substring(0, 5) + "***" + phone.substring(phone.length() - 2);
    }
}
