package kz.kepil.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a yes/no question a notice asked: yes or no, how it came (an SMS reply, a button in the
 * cabinet, or silence where the rules take it for an answer), who gave it (the phone that replied,
 * {@code iin:<IIN>} of the person who pressed the button, or {@code system}), the text of an SMS reply,
 * and when it counts as given.
 */
public record Reply(Answer answer, Via via, String by, String text, Instant at) {

    public enum Answer { YES, NO }

    public enum Via { SMS, CABINET, SILENCE }

    public Reply {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
