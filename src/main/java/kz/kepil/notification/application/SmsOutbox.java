package kz.kepil.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.notification.domain.DeliveryPolicy;
import kz.kepil.notification.domain.SmsMessage;
import kz.kepil.notification.domain.SmsStatus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox's two short transactions around a send. {@link #claimNext} and {@link #claim} take a due
 * SMS with {@code FOR UPDATE SKIP LOCKED} (a row another dispatcher is claiming at that moment is passed
 * by, not waited for) and lease it; {@link #record} writes what the gateway answered. No transaction and
 * no row lock is held while the gateway is asked, so a slow gateway never holds up the transactions
 * that queue new SMS.
 */
@ApplicationScoped
public class SmsOutbox {

    private static final Logger LOG = Logger.getLogger(SmsOutbox.class.getName());

    private static final String DUE = "SELECT id FROM notification_outbox WHERE status = 'PENDING' "
            + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";
    private static final String DUE_ONE = "SELECT id FROM notification_outbox WHERE id = ? AND status = 'PENDING' "
            + "AND next_attempt_at <= ? FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryPolicy policy;

    @Inject
    Clock clock;

    /** The SMS that has waited longest among those due at {@code now}, leased until {@code leaseUntil}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SmsGateway.Sms> claimNext(Instant now, Instant leaseUntil) {
        List<?> ids = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(now)).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(leased(((Number) ids.get(0)).longValue(), leaseUntil));
    }

    /** This SMS, leased until {@code leaseUntil}, if it is due and no other dispatcher has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SmsGateway.Sms> claim(long smsId, Instant now, Instant leaseUntil) {
        List<?> ids = em.createNativeQuery(DUE_ONE).setParameter(1, smsId).setParameter(2, Timestamp.from(now))
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(leased(smsId, leaseUntil));
    }

    /** What the gateway answered for a claimed SMS; {@code now} is real time, for the next attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long smsId, SmsGateway.Outcome outcome, Instant now) {
        SmsMessage sms = em.find(SmsMessage.class, smsId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (sms == null || sms.status() != SmsStatus.PENDING) {
            // Its lease ran out and another dispatcher finished it first; that outcome stands.
            LOG.warning(() -> "SMS " + smsId + " was finished elsewhere; this send's " + outcome.responseCode() + " is not recorded");
            return;
        }
        if (outcome.delivered()) {
            sms.delivered(outcome.responseCode(), clock.instant());
        } else {
            sms.attemptFailed(outcome.responseCode(), outcome.detail(), outcome.retryable(), now, policy);
            LOG.warning(() -> "SMS " + smsId + " not sent (attempt " + sms.attempts() + "): " + outcome.responseCode()
                    + (outcome.detail() == null ? "" : " " + outcome.detail()) + " -> " + sms.status());
        }
    }

    private SmsGateway.Sms leased(long smsId, Instant leaseUntil) {
        SmsMessage sms = em.find(SmsMessage.class, smsId);
        sms.claim(leaseUntil);
        return new SmsGateway.Sms(smsId, sms.phone().orElseThrow(), sms.text());
    }
}
