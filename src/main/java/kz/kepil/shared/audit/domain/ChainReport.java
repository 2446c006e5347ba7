package kz.kepil.shared.audit.domain;

/**
 * The verdict on the audit trail: intact up to {@code lastSeq} with {@code lastHash}, or broken at
 * {@code brokenAt} for the stated reason.
 */
public record ChainReport(boolean valid, long checked, Long lastSeq, String lastHash, Long brokenAt, String problem) {

    static ChainReport intact(long checked, long lastSeq, String lastHash) {
        return new ChainReport(true, checked, lastSeq, lastHash, null, null);
    }

    static ChainReport broken(long checked, long at, String problem) {
        return new ChainReport(false, checked, null, null, at, problem);
    }
}
