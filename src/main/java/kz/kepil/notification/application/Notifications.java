package kz.kepil.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.notification.domain.CabinetEntry;
import kz.kepil.notification.domain.PhoneNumber;
import kz.kepil.notification.domain.Reply;
import kz.kepil.notification.domain.SmsMessage;
import kz.kepil.notification.domain.SmsStatus;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Telling people things. A use case of another context calls {@link #notify} inside its own transaction:
 * the notice goes into the recipient's cabinet and its SMS into the outbox together with the change that
 * caused them, or not at all. The SMS is sent once that transaction has committed, and retried by the
 * periodic dispatch until the gateway takes it or the attempts run out; the outbox is the SMS journal.
 */
@ApplicationScoped
public class Notifications {

    static final String ENTITY = "Notification";
    /** The most SMS one dispatch sends, so a backlog is worked off in bounded runs. */
    static final int DISPATCH_BATCH = 200;
    static final int MAX_LIMIT = 1000;
    /** The param that carries a question's reply code into its text. */
    static final String REPLY_CODE = "code";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    SmsDelivery delivery;

    @Inject
    Event<SmsQueued> queued;

    /**
     * Records the SMS in the outbox and the notice in the recipient's cabinet, in the caller's transaction;
     * returns the notice id. The SMS is sent after the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long notify(Notice notice) {
        return queue(notice, null).noticeId();
    }

    /** A question put by a notice: the notice's id and the code a reply names. */
    public record Question(long noticeId, String replyCode) {
    }

    /**
     * Like {@link #notify}, for a notice that asks a yes/no question: the SMS carries a reply code
     * ({@code {code}} in the text), never used before for the same phone, and replying {@code 1 <code>}
     * says yes, {@code 2 <code>} no ({@link SmsReplies}). The asker keeps what the question is about and
     * tells the answer back with {@link #answered}, however it came.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Question ask(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        String phone = PhoneNumber.parse(notice.phone()).map(PhoneNumber::value).orElse(notice.phone());
        String code = freshReplyCode(phone);
        return new Question(queue(notice, code).noticeId(), code);
    }

    /**
     * The answer to the question a notice asked, written on the question's line of the SMS journal and
     * audited. The asker has decided that the answer counts; a question is answered once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(long noticeId, Reply reply) {
        SmsMessage question = em.createQuery("SELECT m FROM SmsMessage m WHERE m.noticeId = :notice", SmsMessage.class)
                .setParameter("notice", noticeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("notice " + noticeId + " has no SMS"));
        question.answered(reply);
        audit.record(ENTITY, noticeId, "ANSWERED", "sms " + question.id() + " code " + question.replyCode().orElse("-"),
                reply.answer() + " via " + reply.via() + " by " + reply.by() + " at " + reply.at()
                        + (reply.text() == null ? "" : " text \"" + reply.text() + "\""));
    }

    /** Four digits no question to this phone has carried (a phone without a number cannot reply: any will do). */
    private String freshReplyCode(String phone) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = String.valueOf(1000 + RANDOM.nextInt(9000));
            if (phone == null || em.createQuery("SELECT COUNT(m) FROM SmsMessage m WHERE m.phone = :phone AND m.replyCode = :code",
                    Long.class).setParameter("phone", phone).setParameter("code", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free reply code for a phone after 50 tries");
    }

    private SmsMessage queue(Notice notice, String replyCode) {
        Objects.requireNonNull(notice, "notice");
        if (notice.type() == null) {
            throw DomainException.invalid("NOTICE_INVALID", "A notice needs its type");
        }
        if (notice.iin() == null && notice.supplierId() == null) {
            throw DomainException.invalid("NOTICE_INVALID", "A notice is for a beneficiary (iin) or a supplier (supplierId)");
        }
        String iin = notice.iin() == null ? null : Iin.of(notice.iin()).value();
        Map<String, String> params = SmsTexts.paramsOf(notice);
        if (replyCode != null) {
            params.put(REPLY_CODE, replyCode);
        }
        Instant now = clock.instant();

        CabinetEntry entry = new CabinetEntry(notice.type().name(), iin, notice.supplierId(), notice.caseNumber(),
                notice.service(), SmsTexts.cabinet(notice.type(), params), now);
        em.persist(entry);
        em.flush();
        SmsMessage sms = new SmsMessage(entry.id(), notice.type().name(),
                new SmsMessage.Addressee(iin, notice.fullName(), notice.birthDate(), notice.supplierId(),
                        notice.params().get(Notice.AKIMAT), notice.phone(), notice.caseNumber(), notice.service(),
                        notice.specialist()),
                SmsTexts.sms(notice.type(), params), now, Instant.now());
        if (replyCode != null) {
            sms.asks(replyCode);
        }
        em.persist(sms);
        em.flush();

        audit.record(ENTITY, entry.id(), "QUEUED", null, notice.type() + " for "
                + (notice.supplierId() != null ? "supplier " + notice.supplierId() : "iin " + iin)
                + (notice.caseNumber() == null ? "" : " case " + notice.caseNumber())
                + " sms " + sms.id() + " " + sms.status() + sms.responseCode().map(c -> " " + c).orElse("")
                + (replyCode == null ? "" : " reply code " + replyCode));
        if (sms.status() == SmsStatus.PENDING) {
            queued.fire(new SmsQueued(sms.id()));
        }
        return sms;
    }

    /**
     * The caller's cabinet notices, newest first: a beneficiary's by their IIN, and those of every supplier
     * the caller works for.
     */
    public List<CabinetNotice> mine(int limit) {
        KepilPrincipal who = caller.require();
        TypedQuery<CabinetEntry> query = mineQuery(who, "SELECT n FROM CabinetEntry n WHERE ",
                " ORDER BY n.createdAt DESC, n.id DESC");
        return query.setMaxResults(checkedLimit(limit)).getResultStream().map(CabinetNotice::of).toList();
    }

    /** The caller has read the notice; a notice that is not theirs does not exist for them. */
    @Transactional
    public void markRead(long noticeId) {
        KepilPrincipal who = caller.require();
        CabinetEntry entry = mineQuery(who, "SELECT n FROM CabinetEntry n WHERE n.id = :id AND (", ")")
                .setParameter("id", noticeId).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("notice", noticeId));
        entry.markRead(clock.instant());
    }

    /**
     * The SMS journal, newest first, filtered by IIN and by when the SMS was queued ({@code from} inclusive,
     * {@code to} exclusive; null is no bound). The authorised body and auditors see every SMS, an akimat's
     * specialists the SMS about their akimat's beneficiaries.
     */
    public List<SmsRecord> journal(String iin, Instant from, Instant to, int limit) {
        KepilPrincipal who = caller.require();
        Optional<String> akimat;
        if (who.hasRole(Role.AUTHORITY) || who.hasRole(Role.AUDITOR)) {
            akimat = Optional.empty();
        } else if (who.hasRole(Role.AKIMAT_SPECIALIST) && who.akimatCode() != null) {
            akimat = Optional.of(who.akimatCode());
        } else {
            throw DomainException.forbidden("The SMS journal is for the akimat's specialists, the authorised body and auditors");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.invalid("VALIDATION_FAILED", "from must be before to");
        }
        Map<String, Object> where = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (iin != null) {
            conditions.add("m.iin = :iin");
            where.put("iin", Iin.of(iin).value());
        }
        if (from != null) {
            conditions.add("m.queuedAt >= :from");
            where.put("from", from);
        }
        if (to != null) {
            conditions.add("m.queuedAt < :to");
            where.put("to", to);
        }
        akimat.ifPresent(code -> {
            conditions.add("m.akimatCode = :akimat");
            where.put("akimat", code);
        });
        String jpql = "SELECT m FROM SmsMessage m" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY m.queuedAt DESC, m.id DESC";
        TypedQuery<SmsMessage> query = em.createQuery(jpql, SmsMessage.class);
        where.forEach(query::setParameter);
        return query.setMaxResults(checkedLimit(limit)).getResultStream().map(SmsRecord::of).toList();
    }

    /** Sends what is due now, one SMS per transaction; returns how many were attempted. */
    public int dispatchPending() {
        int attempted = 0;
        while (attempted < DISPATCH_BATCH && delivery.sendNext()) {
            attempted++;
        }
        return attempted;
    }

    private TypedQuery<CabinetEntry> mineQuery(KepilPrincipal who, String prefix, String suffix) {
        boolean staff = who.hasRole(Role.SUPPLIER_MANAGER) || who.hasRole(Role.SUPPLIER_SIGNATORY);
        boolean suppliers = staff && !who.supplierIds().isEmpty();
        String mine = "(n.recipientIin = :iin" + (suppliers ? " OR n.supplierId IN :suppliers)" : ")");
        TypedQuery<CabinetEntry> query = em.createQuery(prefix + mine + suffix, CabinetEntry.class)
                .setParameter("iin", who.iin());
        if (suppliers) {
            query.setParameter("suppliers", List.copyOf(who.supplierIds()));
        }
        return query;
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("VALIDATION_FAILED", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }
}
