package kz.kepil.reimbursement.domain;

/**
 * The port that prints a payment register as a PDF: its facts, its lines page by page as the source
 * gives them, the total, and — once approved — the approval's signature facts, with the signed document
 * and the signature itself attached so that anyone can verify the approval again.
 */
public interface RegisterPdf {

    ReportFile write(String fileName, RegisterReport report, Iterable<RegisterReport.Line> lines, ReportTexts texts);
}
