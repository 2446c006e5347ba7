package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.ordering.application.OrderReleased;
import kz.kepil.ordering.application.OrderSigned;
import kz.kepil.reimbursement.domain.Budget;
import kz.kepil.reimbursement.domain.BudgetMovement;
import kz.kepil.reimbursement.domain.Claim;
import kz.kepil.reimbursement.domain.ClaimStatus;
import kz.kepil.reimbursement.domain.MovementKind;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The akimats' yearly budgets. The authority allocates; ordering's events move them in the ordering
 * transaction: a signed order reserves its state amount in the budget of the year it was signed (or
 * the signing is refused with BUDGET_EXCEEDED and nothing changes), an order that ends undelivered
 * releases it, a payment spends it. An hourly service order reserves all its hours when signed; each paid
 * act claim spends its part, and what its acts did not claim goes back when the order completes or ends.
 * A budget row is changed only under its lock (SELECT … FOR UPDATE),
 * so concurrent signings never overspend; each movement is a ledger line and an audit event.
 */
@ApplicationScoped
public class Budgets {

    static final String ENTITY = "Budget";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Regions regions;

    /** The authority sets an akimat's allocation for a year. */
    @Transactional
    public Budget allocate(String akimatCode, int year, Money allocated) {
        regions.akimat(akimatCode).orElseThrow(() -> DomainException.notFound("akimat", akimatCode));
        checkYear(year);
        Budget b = locked(akimatCode, year).orElseGet(() -> {
            Budget fresh = new Budget(akimatCode, year, clock.instant());
            try {
                em.persist(fresh);
                em.flush();
            } catch (jakarta.persistence.PersistenceException e) {
                throw DomainException.conflict("CONCURRENT_CHANGE", "The budget was created at the same moment; try again");
            }
            return fresh;
        });
        String before = b.auditSummary();
        Money change = b.allocate(allocated, clock.instant());
        em.persist(new BudgetMovement(b, MovementKind.ALLOCATION, null, null, change, "allocated " + allocated, clock.instant(),
                audit.actor()));
        audit.record(ENTITY, b.key(), "ALLOCATED", before, b.auditSummary());
        return b;
    }

    /** A budget as its readers see it: nothing allocated yet reads as zero everywhere. */
    public Budget read(String akimatCode, int year) {
        requireReader(akimatCode);
        checkYear(year);
        return find(akimatCode, year).orElseGet(() -> new Budget(akimatCode, year, clock.instant()));
    }

    /** The ledger of a budget, oldest first. */
    public List<BudgetMovement> movements(String akimatCode, int year) {
        requireReader(akimatCode);
        return find(akimatCode, year).map(b -> em.createNamedQuery("BudgetMovement.ofBudget", BudgetMovement.class)
                .setParameter("budget", b.id()).getResultList()).orElse(List.of());
    }

    /** The current year in Almaty, the default of every budget query. */
    public int currentYear() {
        return KzTime.today(clock).getYear();
    }

    /** A signed order reserves its state amount, or the signing is refused. */
    void orderSigned(@Observes OrderSigned signed) {
        int year = signed.signedAt().atZone(KzTime.ALMATY).getYear();
        Budget b = locked(signed.akimatCode(), year).orElseThrow(() -> DomainException.rule("BUDGET_EXCEEDED",
                "No budget is allocated to " + signed.akimatCode() + " for " + year + "; nothing is available for this order"));
        String before = b.auditSummary();
        b.reserve(signed.stateAmount(), clock.instant());
        em.persist(new BudgetMovement(b, MovementKind.RESERVE, signed.orderId(), null, signed.stateAmount(),
                "order " + signed.orderNumber() + " signed", clock.instant(), audit.actor()));
        em.flush();
        audit.record(ENTITY, b.key(), "RESERVED", before, b.auditSummary() + " order=" + signed.orderNumber()
                + " amount=" + signed.stateAmount());
    }

    /**
     * An order that ended undelivered gives back what it reserved (nothing, if it was never signed); an
     * hourly service order that ended or completed gives back what its act claims do not take.
     */
    void orderReleased(@Observes OrderReleased released) {
        Optional<BudgetMovement> reservation = outstanding(movements(released.orderId()));
        if (reservation.isEmpty()) {
            return;
        }
        BudgetMovement r = reservation.get();
        Money claimedByActs = actClaims(released.orderId()).stream().map(Claim::amount).reduce(Money.ZERO, Money::plus);
        Money amount = r.amount().minus(claimedByActs).max(Money.ZERO);
        Budget b = locked(r.akimatCode(), r.year()).orElseThrow();
        String before = b.auditSummary();
        b.release(amount, clock.instant());
        em.persist(new BudgetMovement(b, MovementKind.RELEASE, released.orderId(), null, amount,
                "order " + released.orderNumber() + " " + released.reason(), clock.instant(), audit.actor()));
        em.flush();
        audit.record(ENTITY, b.key(), "RELEASED", before, b.auditSummary() + " order=" + released.orderNumber()
                + " amount=" + amount + " " + released.reason());
    }

    /** An hourly service order completed: what its acts did not claim goes back to the budget. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseServiceRemainder(long orderId, String orderNumber) {
        orderReleased(new OrderReleased(orderId, orderNumber, null, "COMPLETED service", clock.instant()));
    }

    /**
     * A paid claim spends what its order reserved, in the budget that reserved it; the amount paid must be
     * the amount reserved. Called by the payment of a register, in its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spend(long orderId, String orderNumber, Money amount, long registerId) {
        List<BudgetMovement> lines = movements(orderId);
        Optional<Claim> act = actBeingPaid(orderId, registerId, lines);
        if (act.isPresent()) {
            spendAct(act.get(), registerId, lines);
            return;
        }
        BudgetMovement r = outstanding(lines).orElseThrow(() -> DomainException.conflict("NOT_RESERVED",
                "Order " + orderNumber + " holds no reservation to pay from (released or already paid)"));
        if (r.amount().compareTo(amount) != 0) {
            throw DomainException.conflict("AMOUNT_MISMATCH", "Order " + orderNumber + " reserved " + r.amount()
                    + ", the claim is for " + amount);
        }
        Budget b = locked(r.akimatCode(), r.year()).orElseThrow();
        String before = b.auditSummary();
        b.spend(amount, clock.instant());
        em.persist(new BudgetMovement(b, MovementKind.SPEND, orderId, registerId, amount, "order " + orderNumber + " paid",
                clock.instant(), audit.actor()));
        em.flush();
        audit.record(ENTITY, b.key(), "SPENT", before, b.auditSummary() + " order=" + orderNumber + " amount=" + amount
                + " register=" + registerId);
    }

    /**
     * The act claim of the order that the payment of the register is paying now: marked REIMBURSED in this
     * register and not spent yet (the register pays its claims one at a time).
     */
    private Optional<Claim> actBeingPaid(long orderId, long registerId, List<BudgetMovement> lines) {
        return actClaims(orderId).stream().filter(c -> c.status() == ClaimStatus.REIMBURSED)
                .filter(c -> c.registerId().map(r -> r == registerId).orElse(false))
                .filter(c -> lines.stream().noneMatch(m -> m.kind() == MovementKind.SPEND && m.actId().equals(c.actId())))
                .findFirst();
    }

    /**
     * A paid act claim spends its part of its order's reservation, once per act, never more than is left for
     * acts; {@code lines} is the order's ledger.
     */
    private void spendAct(Claim c, long registerId, List<BudgetMovement> lines) {
        long actId = c.actId().orElseThrow();
        Money room = actRoom(lines).orElseThrow(() -> DomainException.conflict("NOT_RESERVED",
                "Order " + c.orderNumber() + " holds no reservation to pay act " + actId + " from"));
        if (c.amount().isGreaterThan(room)) {
            throw DomainException.conflict("AMOUNT_MISMATCH", "Order " + c.orderNumber() + " has " + room
                    + " reserved for its acts, act " + actId + " claims " + c.amount());
        }
        BudgetMovement r = reservation(lines).orElseThrow();
        Budget b = locked(r.akimatCode(), r.year()).orElseThrow();
        String before = b.auditSummary();
        b.spend(c.amount(), clock.instant());
        em.persist(BudgetMovement.ofAct(b, MovementKind.SPEND, c.orderId(), actId, registerId, c.amount(),
                "order " + c.orderNumber() + " act " + c.actMonth().orElse("") + " paid", clock.instant(), audit.actor()));
        em.flush();
        audit.record(ENTITY, b.key(), "SPENT", before, b.auditSummary() + " order=" + c.orderNumber() + " act=" + actId
                + " amount=" + c.amount() + " register=" + registerId);
    }

    /**
     * What an hourly service order's reservation still holds for its act claims: the reservation less the
     * acts paid or rejected and less what went back when the order ended; empty when nothing was reserved.
     * {@code lines} is the order's ledger.
     */
    private static Optional<Money> actRoom(List<BudgetMovement> lines) {
        if (lines.stream().noneMatch(m -> m.kind() == MovementKind.RESERVE)) {
            return Optional.empty();
        }
        Money reserved = lines.stream().filter(m -> m.kind() == MovementKind.RESERVE).map(BudgetMovement::amount)
                .reduce(Money.ZERO, Money::plus);
        Money used = lines.stream().filter(m -> m.kind() == MovementKind.SPEND || m.kind() == MovementKind.RELEASE)
                .map(BudgetMovement::amount).reduce(Money.ZERO, Money::plus);
        return Optional.of(reserved.minus(used));
    }

    /**
     * An act filed after the beneficiary's death comes after the order released what its acts had not
     * claimed: its amount is reserved again, in the budget of the order's reservation, or the filing is
     * refused with BUDGET_EXCEEDED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveActAfterRelease(Claim c) {
        long actId = c.actId().orElseThrow();
        Money pendingOthers = actClaims(c.orderId()).stream().filter(k -> !k.id().equals(c.id()))
                .filter(k -> k.status() != ClaimStatus.REIMBURSED && k.status() != ClaimStatus.REJECTED)
                .map(Claim::amount).reduce(Money.ZERO, Money::plus);
        List<BudgetMovement> lines = movements(c.orderId());
        Money room = actRoom(lines).orElse(Money.ZERO).minus(pendingOthers);
        if (!c.amount().isGreaterThan(room)) {
            return;
        }
        BudgetMovement r = reservation(lines).orElseThrow(() -> DomainException.conflict("NOT_RESERVED",
                "Order " + c.orderNumber() + " never reserved its amount"));
        Budget b = locked(r.akimatCode(), r.year()).orElseThrow();
        String before = b.auditSummary();
        b.reserve(c.amount(), clock.instant());
        em.persist(BudgetMovement.ofAct(b, MovementKind.RESERVE, c.orderId(), actId, null, c.amount(),
                "order " + c.orderNumber() + " act " + c.actMonth().orElse("") + " filed after the beneficiary's death",
                clock.instant(), audit.actor()));
        em.flush();
        audit.record(ENTITY, b.key(), "RESERVED", before, b.auditSummary() + " order=" + c.orderNumber() + " act=" + actId
                + " amount=" + c.amount());
    }

    /**
     * An act of an hourly service order in its order's ledger, read once: whether its claim was paid already
     * (a SPEND of that act) and what the reservation still holds for its acts, empty when nothing was reserved.
     */
    public record ActStanding(boolean spent, Optional<Money> room) {
    }

    /** The {@link ActStanding} of the act of the order. */
    public ActStanding actStanding(long orderId, long actId) {
        List<BudgetMovement> lines = movements(orderId);
        boolean spent = lines.stream().anyMatch(m -> m.kind() == MovementKind.SPEND && m.actId().map(a -> a == actId).orElse(false));
        return new ActStanding(spent, actRoom(lines));
    }

    /** A rejected act claim gives its part of the order's reservation back to the budget. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseRejectedAct(Claim c, String reason) {
        long actId = c.actId().orElseThrow();
        List<BudgetMovement> lines = movements(c.orderId());
        Optional<Money> room = actRoom(lines);
        if (room.isEmpty() || c.amount().isGreaterThan(room.get())) {
            return;
        }
        BudgetMovement r = reservation(lines).orElseThrow();
        Budget b = locked(r.akimatCode(), r.year()).orElseThrow();
        String before = b.auditSummary();
        b.release(c.amount(), clock.instant());
        em.persist(BudgetMovement.ofAct(b, MovementKind.RELEASE, c.orderId(), actId, null, c.amount(),
                "order " + c.orderNumber() + " act " + c.actMonth().orElse("") + " " + reason, clock.instant(), audit.actor()));
        em.flush();
        audit.record(ENTITY, b.key(), "RELEASED", before, b.auditSummary() + " order=" + c.orderNumber() + " act=" + actId
                + " amount=" + c.amount() + " " + reason);
    }

    /** What an order still holds reserved in its budget: nothing once it was released or spent. */
    public Optional<Money> reserved(long orderId) {
        return outstanding(movements(orderId)).map(BudgetMovement::amount);
    }

    /** A claim finance refused to pay gives back its order's reservation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseRejected(long orderId, String orderNumber, String reason) {
        orderReleased(new OrderReleased(orderId, orderNumber, null, reason, clock.instant()));
    }

    /**
     * The reservation of an order still held: reserved, and neither released nor spent as a whole (an act's
     * spending or release takes only its part); {@code lines} is the order's ledger.
     */
    private static Optional<BudgetMovement> outstanding(List<BudgetMovement> lines) {
        boolean closed = lines.stream().filter(m -> m.actId().isEmpty())
                .anyMatch(m -> m.kind() == MovementKind.RELEASE || m.kind() == MovementKind.SPEND);
        return closed ? Optional.empty() : lines.stream().filter(m -> m.kind() == MovementKind.RESERVE && m.actId().isEmpty())
                .findFirst();
    }

    /** The order's reservation of its whole amount, from the order's ledger. */
    private static Optional<BudgetMovement> reservation(List<BudgetMovement> lines) {
        return lines.stream().filter(m -> m.kind() == MovementKind.RESERVE && m.actId().isEmpty()).findFirst();
    }

    private List<BudgetMovement> movements(long orderId) {
        return em.createNamedQuery("BudgetMovement.ofOrder", BudgetMovement.class).setParameter("order", orderId).getResultList();
    }

    private List<Claim> actClaims(long orderId) {
        return em.createNamedQuery("Claim.actsOfOrder", Claim.class).setParameter("order", orderId).getResultList();
    }

    private Optional<Budget> find(String akimatCode, int year) {
        return em.createNamedQuery("Budget.of", Budget.class).setParameter("akimat", akimatCode).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private Optional<Budget> locked(String akimatCode, int year) {
        return em.createNamedQuery("Budget.of", Budget.class).setParameter("akimat", akimatCode).setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Finance staff of the akimat, auditors and the authority read a budget; others do not see it. */
    private void requireReader(String akimatCode) {
        KepilPrincipal who = caller.require();
        boolean finance = (who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER))
                && akimatCode.equals(who.akimatCode());
        if (!finance && !who.hasRole(Role.AUDITOR) && !who.hasRole(Role.AUTHORITY)) {
            throw DomainException.notFound("budget of akimat", akimatCode);
        }
        regions.akimat(akimatCode).orElseThrow(() -> DomainException.notFound("akimat", akimatCode));
    }

    /** A budget year, and the year of every report and dashboard over budgets: 2000 to 2100. */
    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("VALIDATION_FAILED", "year is from 2000 to 2100");
        }
    }
}
