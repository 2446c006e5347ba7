package kz.kepil.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kz.kepil.registry.domain.RegistryPolicy;
import kz.kepil.shared.domain.KzWorkingCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;

/** The registry's policy numbers from configuration, and the working-day calendar its deadlines use. */
@ApplicationScoped
public class RegistryConfiguration {

    @Inject
    @ConfigProperty(name = "kepil.registry.objection-working-days", defaultValue = "10")
    int objectionWorkingDays;

    @Inject
    @ConfigProperty(name = "kepil.registry.readmission-cooling-off", defaultValue = "P12M")
    String coolingOff;

    @Inject
    @ConfigProperty(name = "kepil.registry.unanswered-orders", defaultValue = "3")
    int unansweredOrders;

    @Inject
    @ConfigProperty(name = "kepil.registry.unanswered-window", defaultValue = "P90D")
    String unansweredWindow;

    // Both are immutable final classes: produced as dependent objects (no proxy), made once.
    private RegistryPolicy policy;

    @Produces
    RegistryPolicy policy() {
        if (policy == null) {
            policy = new RegistryPolicy(objectionWorkingDays, Period.parse(coolingOff), unansweredOrders,
                    Period.parse(unansweredWindow));
        }
        return policy;
    }

    @Produces
    KzWorkingCalendar calendar() {
        return KzWorkingCalendar.standard();
    }
}
