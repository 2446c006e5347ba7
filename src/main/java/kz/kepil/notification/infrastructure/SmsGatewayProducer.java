package kz.kepil.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kz.kepil.notification.application.SmsGateway;
import org.eclipse.microprofile.config.Config;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the SMS gateway by {@code kepil.sms.gateway}: {@code logging} (the default: nothing leaves the
 * machine) or {@code http} (a real operator, see {@link HttpSmsGateway.Settings#from}). A setting that
 * names no known gateway, or an http gateway without its URL or key, stops the portal at start-up
 * rather than losing SMS later.
 */
@ApplicationScoped
public class SmsGatewayProducer {

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        return choose(key -> config.getOptionalValue(key, String.class));
    }

    static SmsGateway choose(Function<String, Optional<String>> config) {
        String kind = config.apply("kepil.sms.gateway").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("logging");
        return switch (kind) {
            case "logging", "" -> new LoggingSmsGateway();
            case "http" -> new HttpSmsGateway(HttpSmsGateway.Settings.from(config));
            default -> throw new IllegalStateException("kepil.sms.gateway must be logging or http, not " + kind);
        };
    }
}
