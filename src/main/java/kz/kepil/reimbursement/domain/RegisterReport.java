package kz.kepil.reimbursement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment register as it is printed: the akimat paying, the suppliers paid, the period, the status,
 * its maker, its approval (who signed, with which certificate and when, the exact document signed and the
 * CMS) and its payment. The lines come apart, page by page.
 */
public record RegisterReport(String number, RegisterStatus status, Party akimat, List<Party> suppliers, LocalDate periodFrom,
                             LocalDate periodTo, int lineCount, BigDecimal total, Person maker, Instant createdAt,
                             Optional<Approval> approval, Optional<Payment> payment, String verifyUrl) {

    public RegisterReport {
        Objects.requireNonNull(number);
        Objects.requireNonNull(status);
        suppliers = List.copyOf(suppliers);
        Objects.requireNonNull(total);
        Objects.requireNonNull(approval);
        Objects.requireNonNull(payment);
    }

    /** An organisation with its account: the akimat paying or a supplier paid. */
    public record Party(String name, String code, String identifier, String iban, String bic) {
    }

    /** A person by IIN, with their name when known. */
    public record Person(String iin, String name) {
    }

    /**
     * The approval: the approver, the certificate's subject, serial and issuer, the signing time, the exact
     * document signed and its digest, the detached CMS, and whether the kept signature verified again when the
     * report was made.
     */
    public record Approval(Person approver, String certificateSubject, String certificateSerial, String certificateIssuer,
                           Instant signedAt, String documentSha256, String document, byte[] cms, boolean verified,
                           String verification) {

        public Approval {
            Objects.requireNonNull(document);
            cms = Arrays.copyOf(cms, cms.length);
        }

        @Override
        public byte[] cms() {
            return Arrays.copyOf(cms, cms.length);
        }
    }

    /** The bank's payment as finance recorded it. */
    public record Payment(String bankReference, LocalDate paidOn, Instant recordedAt, String recordedBy) {
    }

    /** One line: the order, the beneficiary, the classifier type, the day receipt was confirmed, the amount. */
    public record Line(int position, String orderNumber, String beneficiaryIin, String classifierCode, String classifierName,
                       Instant completedAt, BigDecimal amount, long supplierId) {
    }

    /** Only an approved (or paid) register is approved; a draft's print says it is not. */
    public boolean approved() {
        return approval.isPresent() && (status == RegisterStatus.APPROVED || status == RegisterStatus.PAID);
    }

    /** The name of the attachment holding the document the approver signed. */
    public String documentFileName() {
        return "register-" + number + ".json";
    }

    /** The name of the attachment holding the approver's detached CMS signature (DER). */
    public String signatureFileName() {
        return "register-" + number + ".json.p7s";
    }
}
