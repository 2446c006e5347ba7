package kz.kepil.reimbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;

/**
 * One claim in a payment register, for its amount. While active (always, unless its draft was discarded)
 * the database lets the claim be in no other register.
 */
@Entity
@Table(name = "payment_register_line")
public class RegisterLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "register_id", nullable = false)
    private long registerId;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false, length = 30)
    private String orderNumber;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected RegisterLine() {
    }

    public RegisterLine(long registerId, Claim claim) {
        this.registerId = registerId;
        this.claimId = claim.id();
        this.orderId = claim.orderId();
        this.orderNumber = claim.orderNumber();
        this.supplierId = claim.supplierId();
        this.amount = claim.amount().amount();
        this.active = true;
    }

    /** The draft was discarded: the claim is free for another register. */
    void deactivate() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public long registerId() {
        return registerId;
    }

    public long claimId() {
        return claimId;
    }

    public long orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    /** This line's reference in the bank payment file: see {@link #endToEndId(String, long)}. */
    public String endToEndId() {
        return endToEndId(orderNumber, claimId);
    }

    /**
     * The end-to-end reference a bank carries back on its statement for one credit transfer: unique per claim,
     * since one order of an hourly service is paid by a claim a month and two of its months may share a
     * register. The order number comes first, for the supplier reading the statement; a bank takes at most 35
     * characters, so a reference that would be longer is the claim's alone.
     */
    public static String endToEndId(String orderNumber, long claimId) {
        String reference = orderNumber + "-C" + claimId;
        return reference.length() <= 35 ? reference : "C" + claimId;
    }

    public long supplierId() {
        return supplierId;
    }

    public Money amount() {
        return Money.of(amount);
    }

    public boolean active() {
        return active;
    }
}
