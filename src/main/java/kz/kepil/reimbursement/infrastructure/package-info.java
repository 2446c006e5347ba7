/**
 * The adapters of reimbursement: the bank payment file (ISO 20022 pain.001.001.09 with StAX, validated against
 * the official schema), the register printed as a PDF (PDFBox) and tables written as spreadsheets (POI SXSSF).
 */
package kz.kepil.reimbursement.infrastructure;
