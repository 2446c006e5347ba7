package kz.kepil.reimbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An akimat's budget for one year. The authority allocates it; a signed order commits its state amount
 * (a reservation), an order that ends without delivery releases it, a payment turns the commitment into
 * spending. Invariant: committed + spent never exceeds allocated, so the budget is never overspent; a
 * reservation that would break it is refused with BUDGET_EXCEEDED. Changed only under its row lock.
 */
@Entity
@Table(name = "budget")
@NamedQuery(name = "Budget.of", query = "SELECT b FROM Budget b WHERE b.akimatCode = :akimat AND b.year = :year")
public class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "akimat_code", nullable = false, length = 20)
    private String akimatCode;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "allocated", nullable = false, precision = 19, scale = 2)
    private BigDecimal allocated;

    @Column(name = "committed", nullable = false, precision = 19, scale = 2)
    private BigDecimal committed;

    @Column(name = "spent", nullable = false, precision = 19, scale = 2)
    private BigDecimal spent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Budget() {
    }

    /** A budget with nothing allocated yet. */
    public Budget(String akimatCode, int year, Instant at) {
        this.akimatCode = Objects.requireNonNull(akimatCode);
        this.year = year;
        this.allocated = BigDecimal.ZERO.setScale(2);
        this.committed = BigDecimal.ZERO.setScale(2);
        this.spent = BigDecimal.ZERO.setScale(2);
        this.updatedAt = at;
    }

    /** The authority sets the year's allocation; it never falls below what is committed and spent. */
    public Money allocate(Money amount, Instant at) {
        if (amount.isNegative()) {
            throw DomainException.invalid("VALIDATION_FAILED", "allocated is zero or more");
        }
        if (committed().plus(spent()).isGreaterThan(amount)) {
            throw DomainException.rule("BUDGET_BELOW_COMMITMENTS", "The budget of " + akimatCode + " for " + year
                    + " has " + committed() + " committed and " + spent() + " spent; it cannot be less than "
                    + committed().plus(spent()));
        }
        Money change = amount.minus(allocated());
        allocated = amount.amount();
        updatedAt = at;
        return change;
    }

    /** A signed order commits its state amount, if the budget has it available. */
    public void reserve(Money amount, Instant at) {
        requirePositive(amount);
        if (amount.isGreaterThan(available())) {
            throw DomainException.rule("BUDGET_EXCEEDED", "The budget of " + akimatCode + " for " + year + " has "
                    + available() + " available; this order needs " + amount);
        }
        committed = committed().plus(amount).amount();
        updatedAt = at;
    }

    /** An order ended without delivery: its commitment is released. */
    public void release(Money amount, Instant at) {
        requireCommitted(amount);
        committed = committed().minus(amount).amount();
        updatedAt = at;
    }

    /** A committed amount is paid: it leaves the commitments and is spent. */
    public void spend(Money amount, Instant at) {
        requireCommitted(amount);
        committed = committed().minus(amount).amount();
        spent = spent().plus(amount).amount();
        updatedAt = at;
    }

    private void requireCommitted(Money amount) {
        if (amount.isNegative() || amount.isGreaterThan(committed())) {
            throw new IllegalStateException("the budget of " + akimatCode + " for " + year + " has only " + committed()
                    + " committed, not " + amount);
        }
    }

    private static void requirePositive(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative reservation: " + amount);
        }
    }

    public Money available() {
        return allocated().minus(committed()).minus(spent());
    }

    public Long id() {
        return id;
    }

    public String akimatCode() {
        return akimatCode;
    }

    public int year() {
        return year;
    }

    public Money allocated() {
        return Money.of(allocated);
    }

    public Money committed() {
        return Money.of(committed);
    }

    public Money spent() {
        return Money.of(spent);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String key() {
        return akimatCode + "/" + year;
    }

    public String auditSummary() {
        return key() + " allocated=" + allocated() + " committed=" + committed() + " spent=" + spent() + " available="
                + available();
    }
}
