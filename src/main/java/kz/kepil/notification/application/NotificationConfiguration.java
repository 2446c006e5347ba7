package kz.kepil.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kz.kepil.notification.domain.DeliveryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How SMS are retried, from configuration. */
@ApplicationScoped
public class NotificationConfiguration {

    @Inject
    @ConfigProperty(name = "kepil.sms.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "kepil.sms.retry-delay", defaultValue = "PT1M")
    String retryDelay;

    @Inject
    @ConfigProperty(name = "kepil.sms.max-retry-delay", defaultValue = "PT1H")
    String maxRetryDelay;

    // An immutable record: produced as a dependent object (no proxy), made once.
    private DeliveryPolicy policy;

    @Produces
    DeliveryPolicy deliveryPolicy() {
        if (policy == null) {
            policy = new DeliveryPolicy(maxAttempts, Duration.parse(retryDelay), Duration.parse(maxRetryDelay));
        }
        return policy;
    }
}
