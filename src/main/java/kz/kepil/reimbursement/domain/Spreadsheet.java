package kz.kepil.reimbursement.domain;

/** The port that writes a table as a spreadsheet file, row by row. */
public interface Spreadsheet {

    ReportFile write(String fileName, Table table);
}
