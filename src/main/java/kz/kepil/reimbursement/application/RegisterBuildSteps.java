package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.reimbursement.domain.PaymentRegister;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The steps of a batch build of a payment register, each in the transaction it is called in (a chunk's
 * own transaction for {@link #readyClaims} and {@link #writeChunk}): where the build stands, the next
 * READY claims after a claim id, a chunk of lines written, the register summed and drafted.
 *
 * <p>A chunk locks its claims and takes only those still READY, writes their lines and marks them
 * IN_REGISTER with set-based statements, and moves the register's progress on, all in one transaction:
 * a chunk that fails leaves nothing behind, and a chunk run again finds its claims no longer READY. The
 * unique active claim of the lines keeps a claim in one register whatever happens. The audit trail gets
 * one event per chunk on the register, naming every claim it took.
 */
@ApplicationScoped
public class RegisterBuildSteps {

    private static final String LOCK_READY = "SELECT id, amount FROM claim WHERE id IN (%s) AND status = 'READY' ORDER BY id FOR UPDATE";
    private static final String INSERT_LINES = "INSERT INTO payment_register_line (register_id, claim_id, order_id, order_number,"
            + " supplier_id, amount, active) SELECT ?, id, order_id, order_number, supplier_id, amount, TRUE FROM claim WHERE id IN (%s)";
    private static final String MARK_REGISTERED = "UPDATE claim SET status = 'IN_REGISTER', register_id = ?, version = version + 1"
            + " WHERE id IN (%s) AND status = 'READY'";
    private static final String SUM_LINES = "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payment_register_line"
            + " WHERE register_id = ? AND active = TRUE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    RegisterBuildJobs jobs;

    /** Which claims a build takes, and the claim id it has gone through so far. */
    public record Position(long registerId, String akimatCode, Long supplierId, Instant completedFrom, Instant completedBefore,
                           long afterClaimId, long maxClaimId) {
    }

    /** What a chunk did. */
    public record Chunk(int claimsGoneThrough, int lines, Money amount) {
    }

    /** What a resumption found to do for a BUILDING register. */
    public record Resumption(Kind kind, long executionId) {
        public enum Kind { NOTHING, RESTART, FRESH_START }

        static final Resumption NOTHING = new Resumption(Kind.NOTHING, 0);
    }

    /** A job execution starts (or starts again) on the register; BUILDING only. */
    @Transactional
    public boolean executionStarted(long registerId, long executionId) {
        PaymentRegister r = em.find(PaymentRegister.class, registerId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status() != RegisterStatus.BUILDING) {
            return false;
        }
        r.buildStarted(executionId, Instant.now());
        audit.record(Registers.ENTITY, registerId, "BUILD_STARTED", null, "execution=" + executionId + " attempt="
                + r.build().orElseThrow().attempts() + " after claim " + r.build().orElseThrow().lastClaimId().orElse(0L));
        return true;
    }

    /** Where the build of a BUILDING register stands, as the database has it: empty when it is no longer BUILDING. */
    @Transactional
    public Optional<Position> position(long registerId) {
        PaymentRegister r = em.find(PaymentRegister.class, registerId);
        if (r == null || r.status() != RegisterStatus.BUILDING) {
            return Optional.empty();
        }
        PaymentRegister.BuildProgress b = r.build().orElseThrow();
        return Optional.of(new Position(registerId, r.akimatCode(), r.supplierId().orElse(null),
                r.periodFrom().atStartOfDay(KzTime.ALMATY).toInstant(), KzTime.endOf(r.periodTo()), b.lastClaimId().orElse(0L),
                b.maxClaimId()));
    }

    /** The next READY claims of the build after {@code afterClaimId}, in id order, at most {@code limit}. */
    @Transactional
    public List<Long> readyClaims(Position p, long afterClaimId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM claim WHERE akimat_code = ? AND status = 'READY'");
        if (p.supplierId() != null) {
            sql.append(" AND supplier_id = ?");
        }
        sql.append(" AND order_completed_at >= ? AND order_completed_at < ? AND id > ? AND id <= ? ORDER BY id LIMIT ?");
        var query = em.createNativeQuery(sql.toString());
        int i = 1;
        query.setParameter(i++, p.akimatCode());
        if (p.supplierId() != null) {
            query.setParameter(i++, p.supplierId());
        }
        query.setParameter(i++, Timestamp.from(p.completedFrom()));
        query.setParameter(i++, Timestamp.from(p.completedBefore()));
        query.setParameter(i++, afterClaimId);
        query.setParameter(i++, p.maxClaimId());
        query.setParameter(i, limit);
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /**
     * Writes the lines of the claims read for a chunk, in the chunk's transaction: locks them, takes those
     * still READY, and moves the register's progress on past the last of them.
     */
    @Transactional
    public Chunk writeChunk(long registerId, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return new Chunk(0, 0, Money.ZERO);
        }
        PaymentRegister r = em.find(PaymentRegister.class, registerId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status() != RegisterStatus.BUILDING) {
            throw new IllegalStateException("register " + registerId + " is not being built");
        }
        String ids = claimIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Long> taken = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (Object row : em.createNativeQuery(LOCK_READY.formatted(ids)).getResultList()) {
            Object[] columns = (Object[]) row;
            taken.add(((Number) columns[0]).longValue());
            amount = amount.add((BigDecimal) columns[1]);
        }
        if (!taken.isEmpty()) {
            String takenIds = taken.stream().map(String::valueOf).collect(Collectors.joining(","));
            int lines = em.createNativeQuery(INSERT_LINES.formatted(takenIds)).setParameter(1, registerId).executeUpdate();
            int marked = em.createNativeQuery(MARK_REGISTERED.formatted(takenIds)).setParameter(1, registerId).executeUpdate();
            if (lines != taken.size() || marked != taken.size()) {
                throw new IllegalStateException("chunk of register " + registerId + ": " + taken.size() + " claims locked, "
                        + lines + " lines written, " + marked + " claims marked");
            }
        }
        long last = claimIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        Money sum = Money.of(amount);
        r.chunkWritten(claimIds.size(), taken.size(), sum, last, Instant.now());
        PaymentRegister.BuildProgress b = r.build().orElseThrow();
        audit.record(Registers.ENTITY, registerId, "LINES_WRITTEN", null, "claims=" + taken + " lines=" + taken.size()
                + " amount=" + sum + " through claim " + last + " done=" + b.claimsDone() + "/" + b.claimsToDo());
        return new Chunk(claimIds.size(), taken.size(), sum);
    }

    /**
     * The last step: the lines written, counted and summed by the database, make the register a DRAFT
     * (DISCARDED without any line). A register no longer BUILDING is left as it is.
     */
    @Transactional
    public Optional<PaymentRegister> finish(long registerId) {
        PaymentRegister r = em.find(PaymentRegister.class, registerId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status() != RegisterStatus.BUILDING) {
            return Optional.empty();
        }
        Object[] sum = (Object[]) em.createNativeQuery(SUM_LINES).setParameter(1, registerId).getSingleResult();
        String before = r.auditSummary();
        r.built(((Number) sum[0]).intValue(), Money.of((BigDecimal) sum[1]), clock.instant(), Instant.now());
        audit.record(Registers.ENTITY, registerId, r.status() == RegisterStatus.DRAFT ? "DRAFTED" : "DISCARDED", before,
                r.auditSummary() + (r.status() == RegisterStatus.DISCARDED ? " (no claim was left READY)" : ""));
        return Optional.of(r);
    }

    /** The job ended before the register was built: why, for the page and the next attempt. */
    @Transactional
    public void interrupted(long registerId, String reason) {
        PaymentRegister r = em.find(PaymentRegister.class, registerId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status() != RegisterStatus.BUILDING) {
            return;
        }
        r.buildInterrupted(reason, Instant.now());
        audit.record(Registers.ENTITY, registerId, "BUILD_INTERRUPTED", null, reason);
    }

    /**
     * Decides, under the register's lock, whether a BUILDING register's build must be started again: when no
     * execution of this portal's runtime is running it and no chunk was written for {@code stale} (a failed
     * build is thus retried at most once in that time), an execution the runtime knows as stopped or failed
     * is restarted from its checkpoint, and one it does not know (the portal went down under it, or its
     * repository forgot it) is started afresh; either continues after the last chunk written. The heartbeat
     * then claims the register, so that no other instance does the same meanwhile.
     */
    @Transactional
    public Resumption leaseForResumption(long registerId, Duration stale) {
        PaymentRegister r = em.find(PaymentRegister.class, registerId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status() != RegisterStatus.BUILDING) {
            return Resumption.NOTHING;
        }
        PaymentRegister.BuildProgress b = r.build().orElseThrow();
        Optional<RegisterBuildJobs.State> state = b.executionId().flatMap(e -> jobs.state(e, registerId));
        Instant now = Instant.now();
        if (state.equals(Optional.of(RegisterBuildJobs.State.RUNNING)) || !r.buildStale(now, stale)) {
            return Resumption.NOTHING;
        }
        Resumption resumption = state.equals(Optional.of(RegisterBuildJobs.State.RESTARTABLE))
                ? new Resumption(Resumption.Kind.RESTART, b.executionId().orElseThrow())
                : new Resumption(Resumption.Kind.FRESH_START, 0);
        r.buildResuming(now);
        audit.record(Registers.ENTITY, registerId, resumption.kind() == Resumption.Kind.RESTART ? "BUILD_RESTARTED" : "BUILD_RESUMED",
                null, (resumption.kind() == Resumption.Kind.RESTART ? "execution " + resumption.executionId() + " restarted"
                        : "started afresh, no execution running") + " after claim " + b.lastClaimId().orElse(0L) + ", done="
                        + b.claimsDone() + "/" + b.claimsToDo() + (b.failure().isPresent() ? ", last stopped: " + b.failure().get() : ""));
        return resumption;
    }

    /** The registers being built, oldest first. */
    @Transactional
    public List<Long> building() {
        return em.createQuery("SELECT r.id FROM PaymentRegister r WHERE r.status = :building ORDER BY r.id", Long.class)
                .setParameter("building", RegisterStatus.BUILDING).getResultList();
    }
}
