package kz.kepil.reimbursement.domain;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A finance report made and ready to send: its file name and media type, its bytes written on demand.
 * Large reports keep their content in temporary files, not in memory; closing the report frees them,
 * whether it was written or not.
 */
public interface ReportFile extends AutoCloseable {

    String name();

    String mediaType();

    /** Writes the whole file; once. */
    void writeTo(OutputStream out) throws IOException;

    @Override
    void close();
}
