package kz.kepil.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @Test
    void usualSpellingsOfAKazakhstanNumberBecomeOneInternationalForm() {
        for (String written : new String[]{"+77012345678", "+7 701 234 56 78", "8 (701) 234-56-78", "87012345678",
                "77012345678", "7012345678", " +7-727-123-45-67 "}) {
            assertThat(PhoneNumber.parse(written)).as(written).isPresent();
        }
        assertThat(PhoneNumber.parse("8 (701) 234-56-78")).contains(new PhoneNumber("+77012345678"));
    }

    @Test
    void numbersOutsideKazakhstanOrMalformedAreNotNumbers() {
        for (String written : new String[]{"", "12345", "+79161234567", "+380501234567", "8701234567x", "++77012345678",
                "+8 701 234 56 78"}) {
            assertThat(PhoneNumber.parse(written)).as(written).isEmpty();
        }
        assertThat(PhoneNumber.parse(null)).isEmpty();
    }
}
