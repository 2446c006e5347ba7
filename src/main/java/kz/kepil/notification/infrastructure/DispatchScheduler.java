package kz.kepil.notification.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import kz.kepil.notification.application.Notifications;
import kz.kepil.notification.application.SmsDelivery;
import kz.kepil.notification.application.SmsGateway;
import kz.kepil.notification.application.SmsQueued;
import kz.kepil.platform.persistence.MigrationState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When SMS go out: each one as soon as the transaction that queued it commits, on a thread of the
 * server's managed executor (the caller does not wait for the gateway); and every
 * {@code kepil.sms.dispatch-seconds} whatever is due, which picks up retries and anything a restart
 * interrupted. Every instance runs this; the outbox's row locks keep them from sending an SMS twice.
 */
@ApplicationScoped
public class DispatchScheduler {

    private static final Logger LOG = Logger.getLogger(DispatchScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Notifications notifications;

    @Inject
    SmsDelivery delivery;

    @Inject
    SmsGateway gateway;

    @Inject
    MigrationState migrations;

    @Inject
    @ConfigProperty(name = "kepil.sms.dispatch-seconds", defaultValue = "10")
    long dispatchSeconds;

    private ScheduledFuture<?> job;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Asking the gateway to describe itself creates it: a misconfigured gateway fails the start.
        LOG.info(() -> "SMS gateway: " + gateway.describe());
        if (dispatchSeconds > 0) {
            job = executor.scheduleWithFixedDelay(this::dispatch, dispatchSeconds, dispatchSeconds, TimeUnit.SECONDS);
            LOG.info(() -> "SMS dispatch every " + dispatchSeconds + " s");
        } else {
            LOG.warning("periodic SMS dispatch is off (kepil.sms.dispatch-seconds=0): retries wait for another instance");
        }
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SmsQueued event) {
        try {
            executor.execute(() -> {
                try {
                    delivery.send(event.smsId());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "SMS " + event.smsId() + " is left for the periodic dispatch", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.info(() -> "SMS " + event.smsId() + " is left for the periodic dispatch: " + e.getMessage());
        }
    }

    /** One run of the periodic job; it must never throw, or the executor would stop repeating it. */
    private void dispatch() {
        if (migrations.appliedVersion().isEmpty()) {
            return;
        }
        try {
            int attempted = notifications.dispatchPending();
            if (attempted > 0) {
                LOG.fine(() -> "SMS dispatch attempted " + attempted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS dispatch failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }
}
