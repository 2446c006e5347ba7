package kz.kepil.reimbursement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a bank is asked to pay for a register: from the akimat's account, one credit transfer per claim to
 * its supplier's own account, in tenge.
 */
public record PaymentInstruction(String messageId, Instant createdAt, ZoneId zone, Party debtor, LocalDate executionDate,
                                 String currency, List<Transfer> transfers) {

    public PaymentInstruction {
        transfers = List.copyOf(transfers);
    }

    /** A party with its account: name, BIN or IIN, IBAN and the BIC of its bank. */
    public record Party(String name, String identifier, String iban, String bic) {
        public Party {
            Objects.requireNonNull(name);
            Objects.requireNonNull(iban);
            Objects.requireNonNull(bic);
        }
    }

    /** One credit transfer: its end-to-end id (unique in the file), the creditor, the amount, the remittance text. */
    public record Transfer(String endToEndId, Party creditor, BigDecimal amount, String remittance) {
    }

    public BigDecimal total() {
        return transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
