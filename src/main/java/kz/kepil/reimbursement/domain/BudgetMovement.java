package kz.kepil.reimbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a budget's ledger: what moved, for which order (and register), how much, when and by
 * whom. Never changed once written; each order reserves, releases and spends at most once (the database
 * keeps that too).
 */
@Entity
@Table(name = "budget_movement")
@NamedQuery(name = "BudgetMovement.ofBudget", query = "SELECT m FROM BudgetMovement m WHERE m.budgetId = :budget ORDER BY m.id")
@NamedQuery(name = "BudgetMovement.ofOrder", query = "SELECT m FROM BudgetMovement m WHERE m.orderId = :order ORDER BY m.id")
public class BudgetMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "budget_id", nullable = false)
    private long budgetId;

    @Column(name = "akimat_code", nullable = false, length = 20)
    private String akimatCode;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MovementKind kind;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "register_id")
    private Long registerId;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "reason", length = 300)
    private String reason;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "act_id")
    private Long actId;

    protected BudgetMovement() {
    }

    /** A movement of one monthly act of a service order: its SPEND, or the RELEASE of a rejected act claim. */
    public static BudgetMovement ofAct(Budget budget, MovementKind kind, long orderId, long actId, Long registerId, Money amount,
                                       String reason, Instant at, String actor) {
        BudgetMovement m = new BudgetMovement(budget, kind, orderId, registerId, amount, reason, at, actor);
        m.actId = actId;
        return m;
    }

    public Optional<Long> actId() {
        return Optional.ofNullable(actId);
    }

    public BudgetMovement(Budget budget, MovementKind kind, Long orderId, Long registerId, Money amount, String reason,
                          Instant at, String actor) {
        this.budgetId = budget.id();
        this.akimatCode = budget.akimatCode();
        this.year = budget.year();
        this.kind = Objects.requireNonNull(kind);
        this.orderId = orderId;
        this.registerId = registerId;
        this.amount = amount.amount();
        this.reason = reason == null ? null : reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.at = at;
        this.actor = actor;
    }

    public Long id() {
        return id;
    }

    public long budgetId() {
        return budgetId;
    }

    public String akimatCode() {
        return akimatCode;
    }

    public int year() {
        return year;
    }

    public MovementKind kind() {
        return kind;
    }

    public Optional<Long> orderId() {
        return Optional.ofNullable(orderId);
    }

    public Optional<Long> registerId() {
        return Optional.ofNullable(registerId);
    }

    public Money amount() {
        return Money.of(amount);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }
}
