package kz.kepil.reimbursement.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank's reference for a transfer: one per claim, within the 35 characters a bank takes. */
class RegisterLineTest {

    @Test
    void twoMonthlyClaimsOfOneOrderHaveTwoReferences() {
        String march = RegisterLine.endToEndId("O-41", 900);
        String april = RegisterLine.endToEndId("O-41", 901);

        assertThat(march).isEqualTo("O-41-C900");
        assertThat(april).isEqualTo("O-41-C901");
        assertThat(march).isNotEqualTo(april);
    }

    @Test
    void aReferenceThatWouldBeTooLongIsTheClaimsAlone() {
        String orderNumber = "O-" + "9".repeat(28);

        assertThat(RegisterLine.endToEndId(orderNumber, 123456789L)).isEqualTo("C123456789");
        assertThat(RegisterLine.endToEndId("O-" + "9".repeat(20), 123456789L)).hasSize(33).startsWith("O-");
    }
}
