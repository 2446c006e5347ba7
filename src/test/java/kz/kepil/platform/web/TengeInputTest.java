package kz.kepil.platform.web;

import kz.kepil.shared.domain.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TengeInputTest {

    @Test
    void pointOrCommaSeparatesTiyn() {
        assertThat(TengeInput.parse("180.5")).contains(Money.of("180.50"));
        assertThat(TengeInput.parse("180,50")).contains(Money.of("180.50"));
        assertThat(TengeInput.parse("180")).contains(Money.of("180.00"));
    }

    @Test
    void groupSeparatorsAndTheTengeSignAreIgnored() {
        assertThat(TengeInput.parse(" 1 234,50 ₸")).contains(Money.of("1234.50"));
        assertThat(TengeInput.parse("1\u00A0234")).contains(Money.of("1234.00"));
        assertThat(TengeInput.parse("12\u202F000.00")).contains(Money.of("12000.00"));
    }

    @Test
    void anythingElseIsNotAPrice() {
        assertThat(TengeInput.parse(null)).isEmpty();
        assertThat(TengeInput.parse("")).isEmpty();
        assertThat(TengeInput.parse("-5")).isEmpty();
        assertThat(TengeInput.parse("1,234.50")).isEmpty();
        assertThat(TengeInput.parse("12.345")).isEmpty();
        assertThat(TengeInput.parse("1e3")).isEmpty();
        assertThat(TengeInput.parse("сто")).isEmpty();
    }
}
