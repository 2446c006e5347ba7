package kz.kepil.entitlement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.entitlement.domain.Consent;
import kz.kepil.entitlement.domain.EsobesOutbound;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.entitlement.domain.MeasureStatus;
import kz.kepil.entitlement.domain.SelectionWindow;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.domain.Role;
import kz.kepil.notification.application.NoticeType;
import kz.kepil.notification.application.Notice;
import kz.kepil.notification.application.Notifications;
import kz.kepil.notification.application.SmsAnswer;
import kz.kepil.notification.domain.Reply;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entitlements: E-Sobes sends measures (once per IIN and queue number), the queue opens them in order
 * and the beneficiary is told by SMS; a replacement waits for the beneficiary's consent, asked by SMS and
 * answered by SMS, in the cabinet or by silence; a beneficiary or their representative sees them and asks to
 * reactivate a blocked selection; E-Sobes tells of a death or a move, which closes the measures still
 * waiting, and reads back what the portal has to tell it. Every change is audited. A cancelled sanatorium
 * stay reopens its measure for a month; a missed one puts it back in the general queue until E-Sobes sends it
 * again.
 */
@ApplicationScoped
public class Entitlements {

    static final String ENTITY = "Measure";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Classifier classifier;

    @Inject
    Regions regions;

    @Inject
    Representations representations;

    @Inject
    KzWorkingCalendar calendar;

    @Inject
    Notifications notifications;

    @Inject
    Event<BeneficiaryLeft> left;

    @Inject
    @ConfigProperty(name = "kepil.entitlement.selection-months", defaultValue = "2")
    int selectionMonths;

    @Inject
    @ConfigProperty(name = "kepil.entitlement.reminder-months", defaultValue = "1")
    int reminderMonths;

    @Inject
    @ConfigProperty(name = "kepil.entitlement.consent-working-days", defaultValue = "3")
    int consentWorkingDays;

    @Inject
    @ConfigProperty(name = "kepil.entitlement.stay-cancelled-months", defaultValue = "1")
    int stayCancelledMonths;

    /** The outcome of receiving a measure: the measure, and whether it was new. */
    public record Receipt(Measure measure, boolean created) {
    }

    /**
     * E-Sobes sends a measure. Sending the same (IIN, queue number) again answers the measure already
     * received and changes nothing. The measure joins its akimat's queue, which opens it in turn.
     */
    @Transactional
    public Receipt receive(Measure.Received r) {
        Iin iin = Iin.of(r.iin());
        Optional<Measure> existing = em.createNamedQuery("Measure.byQueueNumber", Measure.class)
                .setParameter("iin", iin.value()).setParameter("queueNumber", r.queueNumber().strip())
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return resent(existing.get(), r);
        }
        iin.birthDate().filter(d -> !d.equals(r.birthDate())).ifPresent(d -> {
            throw DomainException.invalid("BIRTH_DATE_MISMATCH", "The IIN gives the birth date " + d);
        });
        Akimat akimat = regions.requireAkimat(r.akimatCode());
        if (!akimat.region().code().equals(r.regionCode())) {
            throw DomainException.invalid("REGION_MISMATCH", "Akimat " + akimat.code() + " is in region " + akimat.region().code());
        }
        ClassifierType type = classifier.type(new ClassifierCode(r.classifierCode()));
        if (!type.soldOnPortal()) {
            throw DomainException.rule("PRODUCT_TYPE_NOT_ON_PORTAL", type.code() + " is provided by state procurement");
        }
        Measure measure = new Measure(r, today(), clock.instant());
        em.persist(measure);
        em.flush();
        audit.record(ENTITY, measure.id(), "RECEIVED", null, measure.auditSummary());
        if (measure.status() == MeasureStatus.AWAITING_CONSENT) {
            askConsent(measure, type);
        }
        openQueue(akimat.code());
        return new Receipt(measure, true);
    }

    /**
     * A measure sent again: unchanged, unless it waited in the general queue after a no-show, whose turn this
     * is; then it takes its place in its akimat's queue, which opens it.
     */
    private Receipt resent(Measure existing, Measure.Received r) {
        if (existing.requeuedAt().isEmpty()) {
            // Only a measure waiting in the general queue changes; turnCame checks again under the lock.
            return new Receipt(existing, false);
        }
        Measure m = em.find(Measure.class, existing.id(), LockModeType.PESSIMISTIC_WRITE);
        String before = m.auditSummary();
        if (m.turnCame(r.queueDate() == null ? today() : r.queueDate())) {
            audit.record(ENTITY, m.id(), "TURN_CAME", before, m.auditSummary());
            openQueue(m.akimatCode());
        }
        return new Receipt(m, false);
    }

    /**
     * A replacement: the beneficiary is asked by SMS to consent, with a code to reply with, and has until
     * the end of the third working day after the request to answer (by SMS or in the cabinet).
     */
    private void askConsent(Measure m, ClassifierType type) {
        Instant now = clock.instant();
        Instant due = Consent.dueBy(now, consentWorkingDays, calendar);
        Notifications.Question question = notifications.ask(notice(m, NoticeType.REPLACEMENT_CONSENT_REQUEST, type,
                KzTime.lastDayBefore(due).toString()));
        String before = m.auditSummary();
        m.consentRequested(question.noticeId(), now, due);
        audit.record(ENTITY, m.id(), "CONSENT_REQUESTED", before, m.auditSummary() + " reply code " + question.replyCode());
    }

    /**
     * The beneficiary or their representative answers the request for consent in the cabinet: consent puts
     * the measure in the queue (which may open it at once), a refusal closes it and E-Sobes is told.
     */
    @Transactional
    public Measure answerConsent(long measureId, boolean consent) {
        Measure m = actionable(measureId);
        m = em.find(Measure.class, m.id(), LockModeType.PESSIMISTIC_WRITE);
        String before = m.auditSummary();
        Consent answer = new Consent(consent ? Consent.Answer.CONSENTED : Consent.Answer.REFUSED, Consent.Via.CABINET,
                "iin:" + caller.require().iin(), clock.instant());
        m.answerConsent(answer, clock.instant());
        if (consentDecided(m, before, null)) {
            openQueue(m.akimatCode());
        }
        return m;
    }

    /** A reply by SMS to the request for consent, matched to its request by the notification context. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Measure consentBySms(SmsAnswer reply) {
        Measure m = em.createNamedQuery("Measure.byConsentNotice", Measure.class).setParameter("notice", reply.noticeId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "SMS_REPLY_UNMATCHED",
                        "No measure asked for consent with notice " + reply.noticeId()));
        String before = m.auditSummary();
        Consent answer = new Consent(reply.reply().answer() == Reply.Answer.YES ? Consent.Answer.CONSENTED
                : Consent.Answer.REFUSED, Consent.Via.SMS, reply.reply().by(), reply.reply().at());
        m.answerConsent(answer, clock.instant());
        if (consentDecided(m, before, reply.reply().text())) {
            openQueue(m.akimatCode());
        }
        return m;
    }

    /**
     * Silence until the deadline is consent: those measures join the queue, and each akimat's queue they
     * joined opens once they all have; how many did.
     */
    @Transactional
    public int passConsentDeadlines() {
        Instant now = clock.instant();
        int done = 0;
        Set<String> akimats = new LinkedHashSet<>();
        for (Measure m : em.createNamedQuery("Measure.consentDue", Measure.class).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            String before = m.auditSummary();
            if (m.consentBySilenceIfDue(now)) {
                if (consentDecided(m, before, null)) {
                    akimats.add(m.akimatCode());
                }
                done++;
            }
        }
        akimats.forEach(this::openQueue);
        return done;
    }

    /**
     * What follows an answer, however it came: the audit, the answer on the request's line of the SMS
     * journal, E-Sobes told (a consent to put the beneficiary in its replacement queue, a refusal as a closed
     * measure). Returns whether it was a consent, whose measure the caller opens in its akimat's queue.
     */
    private boolean consentDecided(Measure m, String before, String replyText) {
        Consent consent = m.consent().orElseThrow();
        boolean consented = consent.answer() == Consent.Answer.CONSENTED;
        audit.record(ENTITY, m.id(), consented ? "CONSENTED" : "DECLINED", before, m.auditSummary());
        notifications.answered(m.consentNoticeId().orElseThrow(), new Reply(consented ? Reply.Answer.YES : Reply.Answer.NO,
                Reply.Via.valueOf(consent.via().name()), consent.by(), replyText, consent.at()));
        em.persist(new EsobesOutbound(m.id(), consented ? EsobesOutbound.Kind.REPLACEMENT_CONSENTED
                : EsobesOutbound.Kind.MEASURE_CLOSED, payload(m), clock.instant()));
        return consented;
    }

    /**
     * Opens the akimat's queued measures in queue order (date, then number): each becomes selectable
     * and its beneficiary is told until when. Returns how many were opened.
     */
    @Transactional
    public int openQueue(String akimatCode) {
        List<Measure> queued = em.createNamedQuery("Measure.queued", Measure.class).setParameter("akimat", akimatCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Measure m : queued) {
            ClassifierType type = classifier.type(new ClassifierCode(m.classifierCode()));
            String before = m.auditSummary();
            m.open(window(type), clock.instant());
            audit.record(ENTITY, m.id(), "SELECTABLE", before, m.auditSummary());
            notify(m, NoticeType.SELECTION_OPEN, type);
        }
        return queued.size();
    }

    /** Opens every akimat's queue; for the scheduler. */
    @Transactional
    public int openQueues() {
        int opened = 0;
        for (String akimat : em.createNamedQuery("Measure.queuedAkimats", String.class).getResultList()) {
            opened += openQueue(akimat);
        }
        return opened;
    }

    /** Reminds, blocks and closes what is due at the portal's clock; how many measures changed. */
    @Transactional
    public int passDeadlines() {
        Instant now = clock.instant();
        int done = 0;
        for (Measure m : em.createNamedQuery("Measure.reminderDue", Measure.class).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (m.remind(now)) {
                audit.record(ENTITY, m.id(), "REMINDED", null, m.auditSummary());
                notify(m, NoticeType.SELECTION_REMINDER, classifier.type(new ClassifierCode(m.classifierCode())));
                done++;
            }
        }
        for (Measure m : em.createNamedQuery("Measure.windowPassed", Measure.class).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            String before = m.auditSummary();
            if (m.blockIfPassed(now)) {
                audit.record(ENTITY, m.id(), "BLOCKED", before, m.auditSummary());
                notify(m, NoticeType.SELECTION_BLOCKED, classifier.type(new ClassifierCode(m.classifierCode())));
                done++;
            }
        }
        LocalDate today = KzTime.today(clock);
        for (Measure m : em.createNamedQuery("Measure.programmeEnded", Measure.class).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            String before = m.auditSummary();
            if (m.closeIfOpen("PROGRAMME_ENDED", now)) {
                audit.record(ENTITY, m.id(), "CLOSED", before, m.auditSummary());
                done++;
            }
        }
        return done;
    }

    /**
     * The measure an order is being made on, locked for the caller's transaction: the caller's own or
     * their represented person's, and open for selection.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Measure selectableForOrder(long measureId) {
        actionable(measureId);
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        if (m.status() != MeasureStatus.SELECTABLE) {
            throw DomainException.conflict("ENTITLEMENT_NOT_SELECTABLE", "This entitlement is " + m.status()
                    + "; a supplier can be chosen only while selection is open");
        }
        return m;
    }

    /** The beneficiary signed an order on the measure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ordered(long measureId, int quantity) {
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        String before = m.auditSummary();
        m.ordered(quantity, clock.instant());
        audit.record(ENTITY, m.id(), "ORDERED", before, m.auditSummary());
    }

    /** The order ended without the goods: the beneficiary chooses again, told by SMS. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenAfterOrder(long measureId) {
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        if (m.status() != MeasureStatus.ORDERED) {
            return;
        }
        ClassifierType type = classifier.type(new ClassifierCode(m.classifierCode()));
        String before = m.auditSummary();
        m.reopen(window(type), clock.instant());
        audit.record(ENTITY, m.id(), "SELECTABLE", before, m.auditSummary());
        notify(m, NoticeType.SELECTION_REACTIVATED, type);
    }

    /**
     * A sanatorium stay accepted and then cancelled in time, by the beneficiary or the supplier: the
     * beneficiary chooses another supplier within one month (000:L5500), told by SMS.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenAfterCancelledStay(long measureId) {
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        if (m.status() != MeasureStatus.ORDERED) {
            return;
        }
        String before = m.auditSummary();
        m.reopen(SelectionWindow.months(clock.instant(), stayCancelledMonths), clock.instant());
        audit.record(ENTITY, m.id(), "SELECTABLE", before, m.auditSummary());
        notify(m, NoticeType.SELECTION_REACTIVATED, classifier.type(new ClassifierCode(m.classifierCode())));
    }

    /**
     * The beneficiary did not come to the sanatorium: the measure goes back to the general queue, not
     * selectable until E-Sobes sends it again in its turn (000:L5502), and E-Sobes is told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requeueAfterNoShow(long measureId) {
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        String before = m.auditSummary();
        m.requeue(today(), clock.instant());
        audit.record(ENTITY, m.id(), "REQUEUED", before, m.auditSummary());
        em.persist(new EsobesOutbound(m.id(), EsobesOutbound.Kind.RETURNED_TO_QUEUE, payload(m), clock.instant()));
    }

    /** The goods of an order were received; a fulfilled measure is reported to E-Sobes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receivedOnOrder(long measureId, int quantity) {
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        ClassifierType type = classifier.type(new ClassifierCode(m.classifierCode()));
        String before = m.auditSummary();
        m.received(quantity, window(type), clock.instant());
        audit.record(ENTITY, m.id(), m.status().name(), before, m.auditSummary());
        if (m.status() == MeasureStatus.FULFILLED) {
            em.persist(new EsobesOutbound(m.id(), EsobesOutbound.Kind.MEASURE_FULFILLED, payload(m), clock.instant()));
        }
    }

    /** An order at the delivery stage was returned on the beneficiary's death or move: the measure closes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closedWithOrder(long measureId, String reason) {
        Measure m = em.find(Measure.class, measureId, LockModeType.PESSIMISTIC_WRITE);
        String before = m.auditSummary();
        m.closeOrdered(reason, clock.instant());
        audit.record(ENTITY, m.id(), "CLOSED", before, m.auditSummary());
        em.persist(new EsobesOutbound(m.id(), EsobesOutbound.Kind.MEASURE_CLOSED, payload(m), clock.instant()));
    }

    private SelectionWindow window(ClassifierType type) {
        return SelectionWindow.from(clock.instant(), type.selectionWorkingDays(), selectionMonths, reminderMonths, calendar);
    }

    /** The beneficiary's measures, or, for a representative, those of the person they act for. */
    public List<Measure> of(String forIin) {
        String iin = representations.beneficiaryOfCaller(forIin).value();
        return em.createNamedQuery("Measure.ofBeneficiary", Measure.class).setParameter("iin", iin).getResultList();
    }

    /** A measure the caller may act on: their own, or of the person they represent. */
    public Measure actionable(long measureId) {
        Measure m = find(measureId);
        if (!representations.callerActsFor(m.iin())) {
            throw DomainException.notFound("entitlement", measureId);
        }
        return m;
    }

    /**
     * The beneficiary asks to choose again after selection was blocked: the measure goes back to the
     * queue, E-Sobes is told, and the queue opens it again in its turn.
     */
    @Transactional
    public Measure requestActivation(long measureId) {
        Measure m = actionable(measureId);
        m = em.find(Measure.class, m.id(), LockModeType.PESSIMISTIC_WRITE);
        String before = m.auditSummary();
        m.requestActivation(clock.instant());
        audit.record(ENTITY, m.id(), "ACTIVATION_REQUESTED", before, m.auditSummary());
        em.persist(new EsobesOutbound(m.id(), EsobesOutbound.Kind.ACTIVATION_REQUESTED, payload(m), clock.instant()));
        openQueue(m.akimatCode());
        return m;
    }

    /** E-Sobes tells that a beneficiary died or moved to another region. */
    public enum Departure { DEATH, MOVE }

    /**
     * Closes the beneficiary's measures still waiting for a choice (a move closes those of other regions
     * than the new one) and tells the other contexts, which return orders at the delivery stage.
     */
    @Transactional
    public int departed(String iinValue, Departure why, LocalDate on, String newRegion) {
        Iin iin = Iin.of(iinValue);
        if (why == Departure.MOVE) {
            if (newRegion == null) {
                throw DomainException.invalid("VALIDATION_FAILED", "A move names the new region");
            }
            regions.requireRegion(newRegion);
        }
        int closed = 0;
        for (Measure m : em.createNamedQuery("Measure.ofBeneficiary", Measure.class).setParameter("iin", iin.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (why == Departure.MOVE && m.regionCode().equals(newRegion)) {
                continue;
            }
            String before = m.auditSummary();
            if (m.closeIfOpen(why == Departure.DEATH ? "DEATH" : "MOVED", clock.instant())) {
                audit.record(ENTITY, m.id(), "CLOSED", before, m.auditSummary());
                em.persist(new EsobesOutbound(m.id(), EsobesOutbound.Kind.MEASURE_CLOSED, payload(m), clock.instant()));
                closed++;
            }
        }
        left.fire(new BeneficiaryLeft(iin.value(), why.name(), on, newRegion));
        return closed;
    }

    /** What the portal has told E-Sobes since {@code afterId}, oldest first. */
    public List<EsobesOutbound> outbound(long afterId, int limit) {
        return em.createNamedQuery("EsobesOutbound.after", EsobesOutbound.class).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /** An akimat's measures, for its specialists, the authority and auditors. */
    public List<Measure> ofAkimat(String akimatCode, MeasureStatus status) {
        KepilPrincipal who = caller.require();
        boolean own = who.hasRole(Role.AKIMAT_SPECIALIST) && akimatCode.equals(who.akimatCode());
        if (!own && !who.hasRole(Role.AUTHORITY) && !who.hasRole(Role.AUDITOR)) {
            throw DomainException.forbidden("Only the akimat's specialists see its queue");
        }
        regions.requireAkimat(akimatCode);
        return em.createNamedQuery("Measure.ofAkimat", Measure.class).setParameter("akimat", akimatCode)
                .setParameter("status", status).setMaxResults(5000).getResultList();
    }

    public Measure find(long measureId) {
        return Optional.ofNullable(em.find(Measure.class, measureId))
                .orElseThrow(() -> DomainException.notFound("entitlement", measureId));
    }

    void notify(Measure m, NoticeType type, ClassifierType classifierType) {
        // The last moment of the window is the end of a day in Almaty: the SMS names that day.
        String until = m.selectableUntil().map(u -> KzTime.lastDayBefore(u).toString()).orElse("");
        notifications.notify(notice(m, type, classifierType, until));
    }

    private static Notice notice(Measure m, NoticeType type, ClassifierType classifierType, String until) {
        return new Notice(type, m.iin(), m.fullName(), m.birthDate(), null, m.phone().orElse(null),
                m.caseNumber(), classifierType.code().value(), null,
                Map.of("until", until, Notice.AKIMAT, m.akimatCode(), "service.kk", classifierType.names().kk(),
                        "service.ru", classifierType.names().ru(), "service.en", classifierType.names().en()));
    }

    private static String payload(Measure m) {
        return "{\"measureId\":" + m.id() + ",\"iin\":\"" + m.iin() + "\",\"queueNumber\":\"" + m.queueNumber().replace("\"", "")
                + "\",\"status\":\"" + m.status() + "\""
                + m.closedReason().map(r -> ",\"closedReason\":\"" + r + "\"").orElse("")
                + m.replacementOf().map(r -> ",\"replacementOf\":\"" + r.replace("\"", "") + "\"").orElse("")
                + m.consent().map(c -> ",\"consent\":{\"answer\":\"" + c.answer() + "\",\"via\":\"" + c.via()
                        + "\",\"at\":\"" + c.at() + "\"}").orElse("")
                + "}";
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }
}
