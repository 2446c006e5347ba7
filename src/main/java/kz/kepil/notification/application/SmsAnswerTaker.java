package kz.kepil.notification.application;

/**
 * The port through which a context that asks questions by SMS takes the replies: the notification context
 * reads and matches a reply to its question, the asker decides what it means. It runs in the transaction
 * that records the reply and refuses with a {@code DomainException} (a question already decided, a reply
 * too late), which leaves nothing changed. The asker writes the answer back with
 * {@link Notifications#answered}.
 */
public interface SmsAnswerTaker {

    /** Whether questions of this type are this taker's. */
    boolean asks(NoticeType type);

    void replied(SmsAnswer answer);
}
