package kz.kepil.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import kz.kepil.notification.domain.PhoneNumber;
import kz.kepil.notification.domain.Reply;
import kz.kepil.notification.domain.ReplyText;
import kz.kepil.notification.domain.SmsMessage;
import kz.kepil.shared.error.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Replies the SMS gateway receives to the portal's questions. A reply is matched to its question by the
 * phone it came from and the code it names; without a code, to the one question of that phone still
 * unanswered. The question's asker ({@link SmsAnswerTaker}) decides what the answer does. A reply that
 * cannot be read or matched, or that the asker refuses, changes nothing; the refusal is the answer to the
 * gateway, and the server log keeps it.
 */
@ApplicationScoped
public class SmsReplies {

    /** How far ahead of the portal's clock a gateway's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<SmsAnswerTaker> takers;

    /** What a reply answered: the question's SMS, its type and case, and the answer. */
    public record Received(long smsId, NoticeType type, String caseNumber, Reply.Answer answer) {
    }

    /**
     * The gateway received {@code text} from {@code phone} at {@code receivedAt} (now when not given): the
     * answer counts as given then, so a reply sent in time and posted late is still in time.
     */
    @Transactional
    public Received receive(String phone, String text, Instant receivedAt) {
        PhoneNumber from = PhoneNumber.parse(phone).orElseThrow(() ->
                DomainException.invalid("PHONE_INVALID", "Not a Kazakhstan phone number: " + phone));
        ReplyText read = ReplyText.parse(text).orElseThrow(() -> DomainException.rule("REPLY_NOT_UNDERSTOOD",
                "A reply is 1 (yes) or 2 (no), followed by the question's code; " + from + " wrote: " + text));
        Instant now = clock.instant();
        if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainException.invalid("VALIDATION_FAILED", "receivedAt " + receivedAt + " lies ahead of the portal's clock");
        }
        Instant at = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
        SmsMessage question = question(from, read);
        NoticeType type = NoticeType.valueOf(question.noticeType());
        SmsAnswerTaker taker = takers.stream().filter(t -> t.asks(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("nobody takes replies to " + type));
        Reply reply = new Reply(read.answer(), Reply.Via.SMS, from.value(), text.strip(), at);
        taker.replied(new SmsAnswer(question.noticeId(), type, question.caseNumber().orElse(null),
                question.iin().orElse(null), reply));
        return new Received(question.id(), type, question.caseNumber().orElse(null), read.answer());
    }

    /**
     * The question a reply answers: the one with its code, or the one still open for the phone. When all of
     * the phone's questions are answered, the latest: its asker says the reply comes too late.
     */
    private SmsMessage question(PhoneNumber from, ReplyText read) {
        TypedQuery<SmsMessage> query = em.createQuery("SELECT m FROM SmsMessage m WHERE m.phone = :phone"
                        + " AND m.replyCode IS NOT NULL" + (read.code().isPresent() ? " AND m.replyCode = :code" : "")
                        + " ORDER BY m.queuedAt DESC, m.id DESC", SmsMessage.class)
                .setParameter("phone", from.value());
        read.code().ifPresent(code -> query.setParameter("code", code));
        List<SmsMessage> asked = query.setMaxResults(100).getResultList();
        if (asked.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "SMS_REPLY_UNMATCHED", "No question to " + from
                    + read.code().map(c -> " carries the code " + c).orElse(" awaits a reply"));
        }
        List<SmsMessage> open = asked.stream().filter(m -> m.reply().isEmpty()).toList();
        if (open.size() > 1 && read.code().isEmpty()) {
            throw DomainException.rule("REPLY_CODE_REQUIRED", from + " has " + open.size()
                    + " questions open: the reply names the code of the one it answers");
        }
        return open.isEmpty() ? asked.get(0) : open.get(0);
    }
}
