package kz.kepil.reimbursement.infrastructure;

import kz.kepil.reimbursement.domain.PaymentInstruction;
import kz.kepil.reimbursement.domain.PaymentInstruction.Party;
import kz.kepil.reimbursement.domain.PaymentInstruction.Transfer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pain001FileTest {

    private static final Party AKIMAT = new Party("Управление занятости и социальных программ акимата: город Алматы",
            "990340000004", "KZ740700KZT750000000", "KKMFKZ2A");
    private static final Party SUPPLIER = new Party("«Мейірім медтехника» ЖШС", "100440000004", "KZ86125KZT5004100100", "HSBKKZKX");
    private static final Party SANATORIUM = new Party("«Алатау» шипажайы АҚ", "150740000004", "KZ75125KZT2069100100", "CASPKZKA");

    private static PaymentInstruction instruction(Party creditor) {
        return new PaymentInstruction("KEPIL-R-7", Instant.parse("2026-03-02T05:00:00Z"), ZoneId.of("Asia/Almaty"), AKIMAT,
                LocalDate.of(2026, 3, 3), "KZT", List.of(
                new Transfer("O-11", SUPPLIER, new BigDecimal("43800.00"), "Reimbursement of the guaranteed sum, order O-11"),
                new Transfer("O-12", creditor, new BigDecimal("1200.50"), "Reimbursement of the guaranteed sum, order O-12")));
    }

    @Test
    void aRegistersPaymentIsACreditTransferPerClaimFromTheAkimatValidAgainstTheOfficialSchema() {
        String xml = new String(new Pain001File().write(instruction(SANATORIUM)), StandardCharsets.UTF_8);
        assertThat(xml).contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">")
                .contains("<NbOfTxs>2</NbOfTxs>").contains("<CtrlSum>45000.50</CtrlSum>")
                .contains("<DbtrAcct><Id><IBAN>KZ740700KZT750000000</IBAN></Id><Ccy>KZT</Ccy></DbtrAcct>")
                .contains("<InstdAmt Ccy=\"KZT\">43800.00</InstdAmt>").contains("<IBAN>KZ75125KZT2069100100</IBAN>")
                .contains("<BICFI>CASPKZKA</BICFI>").contains("<EndToEndId>O-12</EndToEndId>")
                .contains("<CreDtTm>2026-03-02T10:00:00+05:00</CreDtTm>").contains("<Dt>2026-03-03</Dt>");
    }

    @Test
    void aFileTheSchemaRefusesIsNeverHandedOut() {
        Party badBic = new Party("Broken", "150740000004", "KZ75125KZT2069100100", "not a bic");
        assertThatThrownBy(() -> new Pain001File().write(instruction(badBic))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not validate against pain.001.001.09");
        byte[] valid = new Pain001File().write(instruction(SANATORIUM));
        String tampered = new String(valid, StandardCharsets.UTF_8).replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>CASH</PmtMtd>");
        assertThatThrownBy(() -> Pain001File.validate(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
