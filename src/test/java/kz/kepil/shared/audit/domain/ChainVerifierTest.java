package kz.kepil.shared.audit.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00.123456789Z");

    @Test
    void intactChainIsValidAndEndsAtTheHead() {
        Chain chain = chain(5);

        ChainReport report = chain.verify();

        assertThat(report.valid()).isTrue();
        assertThat(report.checked()).isEqualTo(5);
        assertThat(report.lastSeq()).isEqualTo(5);
        assertThat(report.lastHash()).isEqualTo(chain.headHash);
    }

    @Test
    void emptyTrailWithUntouchedHeadIsValid() {
        assertThat(new ChainVerifier().finish(0, AuditChain.GENESIS).valid()).isTrue();
    }

    @Test
    void eachEventHashCoversThePreviousHash() {
        Chain chain = chain(3);

        assertThat(chain.events.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.events.get(1).prevHash()).isEqualTo(chain.events.get(0).hash());
        assertThat(chain.events.get(2).prevHash()).isEqualTo(chain.events.get(1).hash());
    }

    @Test
    void changedFieldOfAnEventBreaksTheChainAtThatEvent() throws Exception {
        Chain chain = chain(4);
        set(chain.events.get(2), "after", "roles=[AUTHORITY]");

        ChainReport report = chain.verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(3);
        assertThat(report.problem()).contains("changed");
    }

    @Test
    void changedActorIsDetectedToo() throws Exception {
        Chain chain = chain(2);
        set(chain.events.get(0), "actor", "iin:000000000000");

        assertThat(chain.verify().brokenAt()).isEqualTo(1);
    }

    @Test
    void deletedEventInTheMiddleIsReportedAsMissing() {
        Chain chain = chain(4);
        chain.events.remove(1);

        ChainReport report = chain.verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(2);
        assertThat(report.problem()).contains("missing");
    }

    @Test
    void deletedNewestEventIsCaughtByTheHead() {
        Chain chain = chain(4);
        chain.events.remove(3);

        ChainReport report = chain.verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(4);
    }

    @Test
    void rehashedForgeryStillBreaksAtTheNextEvent() throws Exception {
        Chain chain = chain(3);
        AuditEvent forged = chain.events.get(1);
        set(forged, "after", "forged");
        set(forged, "hash", AuditChain.hash(forged.prevHash(), forged.record()));

        ChainReport report = chain.verify();

        assertThat(report.brokenAt()).isEqualTo(3);
        assertThat(report.problem()).contains("does not follow");
    }

    @Test
    void fieldBoundariesCannotBeShiftedWithoutChangingTheHash() {
        AuditRecord a = new AuditRecord(1, T0, "ab", "c", "1", "X", null, null);
        AuditRecord b = new AuditRecord(1, T0, "a", "bc", "1", "X", null, null);
        AuditRecord nullBefore = new AuditRecord(1, T0, "a", "b", "1", "X", null, "s");
        AuditRecord emptyBefore = new AuditRecord(1, T0, "a", "b", "1", "X", "", "s");

        assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
        assertThat(AuditChain.hash(AuditChain.GENESIS, nullBefore))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, emptyBefore));
    }

    @Test
    void timeIsKeptToTheMicrosecondTheDatabaseStores() {
        AuditRecord record = new AuditRecord(1, T0, "system", "X", "1", "Y", null, null);

        assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-03-02T04:00:00.123456Z"));
    }

    @Test
    void headAppendsOnlyTheNextSequenceNumber() throws Exception {
        AuditChainHead head = newHead();
        head.append(new AuditRecord(1, T0, "system", "X", "1", "A", null, null));

        assertThatThrownBy(() -> head.append(new AuditRecord(3, T0, "system", "X", "1", "B", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(head.lastSeq()).isEqualTo(1);
    }

    private static Chain chain(int n) {
        try {
            AuditChainHead head = newHead();
            Chain chain = new Chain();
            for (int i = 1; i <= n; i++) {
                chain.events.add(head.append(new AuditRecord(i, T0.plusSeconds(i), "iin:850214300001", "UserAccount",
                        Integer.toString(i % 2), "ROLE_GRANTED", "roles=[]", "roles=[BENEFICIARY]")));
            }
            chain.headSeq = head.lastSeq();
            chain.headHash = head.lastHash();
            return chain;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditChainHead newHead() throws ReflectiveOperationException {
        var constructor = AuditChainHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        AuditChainHead head = constructor.newInstance();
        set(head, "id", AuditChainHead.ID);
        set(head, "lastSeq", 0L);
        set(head, "lastHash", AuditChain.GENESIS);
        return head;
    }

    /** Stands in for someone editing the stored row by hand. */
    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static final class Chain {
        final List<AuditEvent> events = new ArrayList<>();
        long headSeq;
        String headHash;

        ChainReport verify() {
            ChainVerifier verifier = new ChainVerifier();
            events.forEach(verifier::accept);
            return verifier.finish(headSeq, headHash);
        }
    }
}
