package kz.kepil.shared.audit.domain;

/**
 * Walks the events in sequence order and finds the first place where the chain does not hold: a gap
 * in the sequence (a deleted row), a previous-hash that is not the previous event's hash, or a hash
 * that does not match the event's content (a changed row). Finally compares the end of the chain with
 * the recorded head, which catches the deletion of the newest events.
 */
public final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private ChainReport broken;

    public void accept(AuditEvent event) {
        if (broken != null) {
            return;
        }
        checked++;
        if (event.seq() != expectedSeq) {
            broken = ChainReport.broken(checked, expectedSeq, "event " + expectedSeq + " is missing");
        } else if (!previousHash.equals(event.prevHash())) {
            broken = ChainReport.broken(checked, event.seq(), "event " + event.seq() + " does not follow the event before it");
        } else if (!AuditChain.hash(event.prevHash(), event.record()).equals(event.hash())) {
            broken = ChainReport.broken(checked, event.seq(), "event " + event.seq() + " was changed after it was written");
        } else {
            expectedSeq++;
            previousHash = event.hash();
        }
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** The verdict, given the head the trail recorded when it last appended. */
    public ChainReport finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        long last = expectedSeq - 1;
        if (headSeq != last || !headHash.equals(previousHash)) {
            return ChainReport.broken(checked, last + 1,
                    "the trail ends at event " + last + " but event " + headSeq + " was the last written");
        }
        return ChainReport.intact(checked, last, previousHash);
    }
}
