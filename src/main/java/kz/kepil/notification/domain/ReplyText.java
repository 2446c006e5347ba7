package kz.kepil.notification.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person wrote back to a question by SMS, read by one plain scheme that the question's text
 * explains: {@code 1} says yes, {@code 2} says no, followed by the question's code where the person has
 * more than one question open ({@code 1 4821}; spaces, {@code #}, {@code -}, {@code .} or nothing between).
 * Anything else is not understood: it is not guessed at.
 */
public record ReplyText(Reply.Answer answer, Optional<String> code) {

    private static final Pattern SCHEME = Pattern.compile("([12])(?:[\\s#*.,:;-]*(\\d{4}))?");

    public static Optional<ReplyText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SCHEME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReplyText(m.group(1).equals("1") ? Reply.Answer.YES : Reply.Answer.NO,
                Optional.ofNullable(m.group(2))));
    }
}
