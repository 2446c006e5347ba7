package kz.kepil.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTextTest {

    @Test
    void oneIsYesAndTwoIsNoWithOrWithoutTheQuestionsCode() {
        assertThat(ReplyText.parse("1")).contains(new ReplyText(Reply.Answer.YES, Optional.empty()));
        assertThat(ReplyText.parse(" 2 ")).contains(new ReplyText(Reply.Answer.NO, Optional.empty()));
        assertThat(ReplyText.parse("1 4821")).contains(new ReplyText(Reply.Answer.YES, Optional.of("4821")));
        assertThat(ReplyText.parse("24821")).contains(new ReplyText(Reply.Answer.NO, Optional.of("4821")));
        assertThat(ReplyText.parse("2#4821")).contains(new ReplyText(Reply.Answer.NO, Optional.of("4821")));
        assertThat(ReplyText.parse("1 - 4821\n")).contains(new ReplyText(Reply.Answer.YES, Optional.of("4821")));
    }

    @Test
    void anythingElseIsNotUnderstoodRatherThanGuessed() {
        assertThat(ReplyText.parse("да")).isEmpty();
        assertThat(ReplyText.parse("3 4821")).isEmpty();
        assertThat(ReplyText.parse("1 482")).isEmpty();
        assertThat(ReplyText.parse("1 48211")).isEmpty();
        assertThat(ReplyText.parse("12")).isEmpty();
        assertThat(ReplyText.parse("")).isEmpty();
        assertThat(ReplyText.parse(null)).isEmpty();
    }
}
