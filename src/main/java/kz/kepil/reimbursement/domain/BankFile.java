package kz.kepil.reimbursement.domain;

/** The port to the bank: a payment instruction as the file the bank takes. */
public interface BankFile {

    /** The file's bytes, valid for the bank's format. */
    byte[] write(PaymentInstruction instruction);

    /** Its media type. */
    String mediaType();
}
