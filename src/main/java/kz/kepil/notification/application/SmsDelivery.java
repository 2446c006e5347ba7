package kz.kepil.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.notification.domain.DeliveryPolicy;
import kz.kepil.notification.domain.SmsMessage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one SMS of the outbox per transaction. The row is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and stays locked while the gateway is asked, so a second dispatcher, in this process or another
 * instance, passes it by instead of sending it twice; the outcome is written before the lock is let go.
 * Only a crash between the gateway's answer and the commit can make an SMS go out twice, and the
 * outbox id sent as the gateway's reference lets a gateway recognise that.
 *
 * <p>When an attempt is due is counted in real time, not by the portal's clock, which a test portal
 * may move: an SMS queued while the clock stood in the future must not wait for that future.
 */
@ApplicationScoped
public class SmsDelivery {

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class.getName());

    private static final String CLAIM_NEXT = "SELECT id FROM notification_outbox WHERE status = 'PENDING' "
            + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";
    private static final String CLAIM_ONE = "SELECT id FROM notification_outbox WHERE id = ? AND status = 'PENDING' "
            + "AND next_attempt_at <= ? FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    @Inject
    SmsGateway gateway;

    @Inject
    DeliveryPolicy policy;

    @Inject
    Clock clock;

    /** Sends the SMS that has waited longest among those due; false when none is due and free. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendNext() {
        List<?> ids = em.createNativeQuery(CLAIM_NEXT).setParameter(1, Timestamp.from(Instant.now())).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        attempt(((Number) ids.get(0)).longValue());
        return true;
    }

    /** Sends this SMS if it is due and no other dispatcher holds it; false otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long smsId) {
        List<?> ids = em.createNativeQuery(CLAIM_ONE).setParameter(1, smsId)
                .setParameter(2, Timestamp.from(Instant.now())).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        attempt(smsId);
        return true;
    }

    private void attempt(long smsId) {
        SmsMessage sms = em.find(SmsMessage.class, smsId);
        SmsGateway.Outcome outcome;
        try {
            outcome = gateway.send(new SmsGateway.Sms(smsId, sms.phone().orElseThrow(), sms.text()));
        } catch (RuntimeException e) {
            // An adapter should answer, not throw; if one throws anyway the SMS is kept for another try.
            LOG.log(Level.WARNING, "SMS " + smsId + ": the gateway failed", e);
            outcome = SmsGateway.Outcome.retryLater("ERROR", e.toString());
        }
        if (outcome.delivered()) {
            sms.delivered(outcome.responseCode(), clock.instant());
        } else {
            sms.attemptFailed(outcome.responseCode(), outcome.detail(), outcome.retryable(), Instant.now(), policy);
            SmsGateway.Outcome failed = outcome;
            LOG.warning(() -> "SMS " + smsId + " not sent (attempt " + sms.attempts() + "): " + failed.responseCode()
                    + " " + (failed.detail() == null ? "" : failed.detail()) + " -> " + sms.status());
        }
    }
}
