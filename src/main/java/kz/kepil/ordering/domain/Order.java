package kz.kepil.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order: a beneficiary's choice of a product for an entitlement. Drafted with the amounts of the
 * moment (DRAFT), it binds when the beneficiary signs it together with the application for
 * reimbursement (SUBMITTED): price, guaranteed sum, state amount and top-up are then fixed for good.
 * The supplier's signatory accepts or refuses with a coded reason before the decision is due, or the
 * order EXPIRES; after acceptance the supplier records the top-up paid, signs the delivery act
 * (DELIVERED_BY_SUPPLIER), and the beneficiary's signed receipt COMPLETES it. The beneficiary may cancel
 * before the supplier decides; a death or a move during delivery RETURNS it. Every step that binds is
 * signed and its signature kept; the version tells apart two decisions at once.
 *
 * <p>A sanatorium order carries its {@link SanatoriumStay} (DOMAIN.md §4.7, §4.8): once accepted, the
 * beneficiary, or the supplier for a coded reason, may still cancel it until the end of the third working day
 * before arrival; the supplier records the arrival and the departure, and only after the departure signs the
 * act of services rendered; a beneficiary who did not come is recorded from the day after the arrival date,
 * which closes the order as NO_SHOW.
 */
@Entity
@Table(name = "purchase_order")
@NamedQuery(name = "Order.ofBeneficiary", query = "SELECT o FROM Order o WHERE o.iin = :iin ORDER BY o.id DESC")
@NamedQuery(name = "Order.ofBeneficiaries", query = "SELECT o FROM Order o WHERE o.iin IN :iins ORDER BY o.id DESC")
@NamedQuery(name = "Order.ofSupplier",
        query = "SELECT o FROM Order o WHERE o.supplierId = :supplier ORDER BY o.decisionDue, o.id")
@NamedQuery(name = "Order.decisionOverdue",
        query = "SELECT o FROM Order o WHERE o.status = kz.kepil.ordering.domain.OrderStatus.SUBMITTED AND o.decisionDue <= :now")
@NamedQuery(name = "Order.openOfBeneficiary",
        query = "SELECT o FROM Order o WHERE o.iin = :iin AND o.status IN (kz.kepil.ordering.domain.OrderStatus.ACCEPTED,"
                + " kz.kepil.ordering.domain.OrderStatus.DELIVERED_BY_SUPPLIER)")
@NamedQuery(name = "Order.undecidedOfSupplier",
        query = "SELECT o FROM Order o WHERE o.supplierId = :supplier AND o.status IN (kz.kepil.ordering.domain.OrderStatus.DRAFT,"
                + " kz.kepil.ordering.domain.OrderStatus.SUBMITTED)")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @Column(name = "iin", nullable = false, length = 12)
    private String iin;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "classifier_code", nullable = false, length = 30)
    private String classifierCode;

    @Column(name = "region_code", nullable = false, length = 10)
    private String regionCode;

    @Column(name = "akimat_code", nullable = false, length = 20)
    private String akimatCode;

    @Column(name = "product_name", nullable = false, length = 300)
    private String productName;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Embedded
    private FixedAmounts amounts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private OrderStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 12)
    private String createdBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decision_due")
    private Instant decisionDue;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 40)
    private RefusalReason refusalReason;

    @Column(name = "top_up_paid", precision = 19, scale = 2)
    private BigDecimal topUpPaid;

    @Column(name = "top_up_reference", length = 100)
    private String topUpReference;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "closed_reason", length = 300)
    private String closedReason;

    @Column(name = "ended_on")
    private java.time.LocalDate endedOn;

    @Column(name = "arrival_date")
    private java.time.LocalDate arrivalDate;

    @Column(name = "departure_due")
    private java.time.LocalDate departureDue;

    @Column(name = "cancellable_until")
    private Instant cancellableUntil;

    @Column(name = "arrived_on")
    private java.time.LocalDate arrivedOn;

    @Column(name = "departed_on")
    private java.time.LocalDate departedOn;

    @Column(name = "order_signature_id")
    private Long orderSignatureId;

    @Column(name = "decision_signature_id")
    private Long decisionSignatureId;

    @Column(name = "delivery_signature_id")
    private Long deliverySignatureId;

    @Column(name = "receipt_signature_id")
    private Long receiptSignatureId;

    @Version
    @Column(name = "version")
    private long version;

    protected Order() {
    }

    /** What is ordered: the entitlement, the product of its supplier, where, how many. */
    public record Choice(long measureId, String iin, long productId, long supplierId, String classifierCode,
                         String regionCode, String akimatCode, String productName, int quantity) {
    }

    /** {@code covered}: how many of the units the yearly norm lets the state pay for. */
    public Order(Choice c, Pricing pricing, int covered, String createdBy, Instant at) {
        this.measureId = c.measureId();
        this.iin = c.iin();
        this.productId = c.productId();
        this.supplierId = c.supplierId();
        this.classifierCode = c.classifierCode();
        this.regionCode = c.regionCode();
        this.akimatCode = c.akimatCode();
        this.productName = c.productName();
        this.quantity = c.quantity();
        this.status = OrderStatus.DRAFT;
        this.statusSince = at;
        this.createdAt = at;
        this.createdBy = createdBy;
        price(pricing, covered);
    }

    /** A sanatorium order: {@code stay} is the stay the beneficiary asked for. */
    public Order(Choice c, Pricing pricing, int covered, SanatoriumStay stay, String createdBy, Instant at) {
        this(c, pricing, covered, createdBy, at);
        this.arrivalDate = stay.arrival();
        this.departureDue = stay.lastDay();
        this.cancellableUntil = stay.cancellableUntil();
    }

    /** The amounts of the moment: in a draft they follow the product's price and the sum in force. */
    private void price(Pricing pricing, int covered) {
        Money sum = pricing.guaranteedSum().orElseThrow(() ->
                DomainException.rule("GUARANTEED_SUM_MISSING", "No guaranteed sum is in force for " + classifierCode));
        this.amounts = new FixedAmounts(pricing.forQuantity(quantity, covered), sum);
    }

    /** A draft follows the product's price and the sum in force until it is signed. */
    public void reprice(Pricing now, int covered) {
        require(OrderStatus.DRAFT, "repriced");
        price(now, covered);
    }

    /**
     * The beneficiary signs the order and the application for reimbursement. The amounts signed are the
     * ones the draft shows; if the price or the sum in force changed since, the draft is refused and
     * must be looked at again.
     */
    public void submit(Pricing now, int covered, long signatureId, Instant at, Instant decisionDue) {
        require(OrderStatus.DRAFT, "signed");
        if (!amounts.sameAs(now.forQuantity(quantity, covered), now.guaranteedSum())) {
            throw DomainException.conflict("ORDER_TERMS_CHANGED",
                    "The price or the guaranteed sum changed since the draft was made; look at the new amounts and sign again");
        }
        status = OrderStatus.SUBMITTED;
        statusSince = at;
        submittedAt = at;
        orderSignatureId = signatureId;
        this.decisionDue = Objects.requireNonNull(decisionDue);
    }

    /** The supplier's signatory accepts before the decision is due: the delivery stage begins. */
    public void accept(long signatureId, Instant at) {
        requireUndecided(at);
        status = OrderStatus.ACCEPTED;
        statusSince = at;
        decidedAt = at;
        decisionSignatureId = signatureId;
    }

    /** The supplier's signatory refuses with a coded reason before the decision is due. */
    public void refuse(RefusalReason reason, long signatureId, Instant at) {
        requireUndecided(at);
        status = OrderStatus.REFUSED;
        statusSince = at;
        decidedAt = at;
        refusalReason = Objects.requireNonNull(reason);
        decisionSignatureId = signatureId;
    }

    /** The decision was not taken in time: the order expires and counts against the supplier. */
    public boolean expireIfDue(Instant now) {
        if (status != OrderStatus.SUBMITTED || now.isBefore(decisionDue)) {
            return false;
        }
        status = OrderStatus.EXPIRED;
        statusSince = now;
        closedReason = "NO_DECISION";
        return true;
    }

    /** The supplier records the top-up the beneficiary paid: exactly the top-up signed. */
    public void topUpReceived(Money amount, String reference) {
        require(OrderStatus.ACCEPTED, "paid for");
        if (amount.compareTo(amounts.topUp()) != 0) {
            throw DomainException.invalid("TOP_UP_MISMATCH", "The top-up of this order is " + amounts.topUp());
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 100) {
            throw DomainException.invalid("VALIDATION_FAILED", "The receipt's reference is 1 to 100 characters");
        }
        topUpPaid = amount.amount();
        topUpReference = reference.strip();
    }

    /** The supplier's signatory signs the delivery act; a top-up due must have been received. */
    public void delivered(long signatureId, Instant at) {
        require(OrderStatus.ACCEPTED, "delivered");
        requireDepartureIfStay();
        if (topUpOutstanding()) {
            throw DomainException.rule("TOP_UP_NOT_RECEIVED", "The beneficiary's top-up is recorded before delivery");
        }
        status = OrderStatus.DELIVERED_BY_SUPPLIER;
        statusSince = at;
        deliveredAt = at;
        deliverySignatureId = signatureId;
    }

    /** The beneficiary confirms receipt with their signature: the order is complete and becomes a claim. */
    public void received(long signatureId, Instant at) {
        require(OrderStatus.DELIVERED_BY_SUPPLIER, "received");
        status = OrderStatus.COMPLETED;
        statusSince = at;
        completedAt = at;
        receiptSignatureId = signatureId;
    }

    /**
     * An hourly service order whose confirmed acts reached the hours ordered: the service is complete. Its
     * acts, not a receipt, are what the akimat pays.
     */
    public void serviceCompleted(Instant at) {
        require(OrderStatus.ACCEPTED, "completed as a service");
        status = OrderStatus.COMPLETED;
        statusSince = at;
        completedAt = at;
    }

    /** The akimat paid the supplier the state amount: the order is REIMBURSED, once. */
    public void reimbursed(Instant at) {
        require(OrderStatus.COMPLETED, "reimbursed");
        status = OrderStatus.REIMBURSED;
        statusSince = at;
    }

    /**
     * The beneficiary cancels before the supplier decided, or an accepted sanatorium stay until the end of the
     * third working day before arrival ({@code CANCELLATION_TOO_LATE} after).
     */
    public void cancelByBeneficiary(String reason, Instant at) {
        if (status == OrderStatus.ACCEPTED && stay().isPresent()) {
            requireCancellable(at);
        } else if (status != OrderStatus.DRAFT && status != OrderStatus.SUBMITTED) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " order is no longer cancelled by the beneficiary");
        }
        close(OrderStatus.CANCELLED, reason, at);
    }

    /** The sanatorium cancels a stay it accepted, for a coded reason, until the end of the third working day before arrival. */
    public void cancelBySupplier(SupplierCancellationReason reason, Instant at) {
        Objects.requireNonNull(reason);
        requireStay();
        require(OrderStatus.ACCEPTED, "cancelled by the supplier");
        requireCancellable(at);
        close(OrderStatus.CANCELLED, "SUPPLIER_" + reason.name(), at);
    }

    /** The supplier records the day the beneficiary arrived: within the stay, not in the future, once. */
    public void arrived(java.time.LocalDate on, java.time.LocalDate today) {
        SanatoriumStay stay = requireStay();
        require(OrderStatus.ACCEPTED, "arrived at");
        if (arrivedOn != null) {
            throw DomainException.conflict("ARRIVAL_ALREADY_RECORDED", "The arrival was recorded on " + arrivedOn);
        }
        stay.checkArrivedOn(on, today);
        arrivedOn = on;
    }

    /** The supplier records the day the beneficiary left: after the arrival, not in the future, at most 14 days of stay. */
    public void departed(java.time.LocalDate on, java.time.LocalDate today) {
        requireStay();
        require(OrderStatus.ACCEPTED, "left");
        if (arrivedOn == null) {
            throw DomainException.conflict("ARRIVAL_NOT_RECORDED", "The arrival is recorded before the departure");
        }
        if (departedOn != null) {
            throw DomainException.conflict("DEPARTURE_ALREADY_RECORDED", "The departure was recorded on " + departedOn);
        }
        SanatoriumStay.checkDepartedOn(arrivedOn, on, today);
        departedOn = on;
    }

    /** The beneficiary did not come: recorded from the day after the arrival date, when no arrival was; the order closes. */
    public void noShow(java.time.LocalDate today, Instant at) {
        SanatoriumStay stay = requireStay();
        require(OrderStatus.ACCEPTED, "a no-show");
        if (arrivedOn != null) {
            throw DomainException.conflict("ARRIVAL_ALREADY_RECORDED", "The beneficiary arrived on " + arrivedOn);
        }
        stay.checkNoShow(today);
        close(OrderStatus.NO_SHOW, "NO_SHOW", at);
    }

    /** A stay's act of services rendered comes only after the departure is recorded. */
    public void requireDepartureIfStay() {
        if (departureOutstanding()) {
            throw DomainException.conflict("DEPARTURE_NOT_RECORDED", "The act of a stay is signed once the departure is recorded");
        }
    }

    private boolean departureOutstanding() {
        return stay().isPresent() && departedOn == null;
    }

    private boolean topUpOutstanding() {
        return amounts.topUp().amount().signum() > 0 && topUpPaid == null;
    }

    /**
     * Whether the delivery act may be signed now, as {@link #delivered} checks it: accepted, a top-up due
     * recorded, a stay's departure recorded. (An hourly service has monthly acts instead.)
     */
    public boolean deliveryActDue() {
        return status == OrderStatus.ACCEPTED && !departureOutstanding() && !topUpOutstanding();
    }

    private void requireCancellable(Instant at) {
        SanatoriumStay stay = stay().orElseThrow();
        if (!stay.cancellableAt(at)) {
            throw DomainException.conflict("CANCELLATION_TOO_LATE", "The stay could be cancelled until the end of "
                    + stay.lastCancellationDay() + " (Almaty), three working days before arrival");
        }
    }

    private SanatoriumStay requireStay() {
        return stay().orElseThrow(() -> DomainException.conflict("NOT_A_SANATORIUM_ORDER", "This is not a sanatorium stay"));
    }

    /** The sanatorium stay of this order, if it is one. */
    public Optional<SanatoriumStay> stay() {
        return arrivalDate == null ? Optional.empty() : Optional.of(new SanatoriumStay(arrivalDate, departureDue, cancellableUntil));
    }

    /** Whether the beneficiary may cancel now: before the decision, or an accepted stay before its deadline. */
    public boolean cancellableByBeneficiary(Instant now) {
        return status == OrderStatus.DRAFT || status == OrderStatus.SUBMITTED
                || (status == OrderStatus.ACCEPTED && stay().map(s -> s.cancellableAt(now)).orElse(false));
    }

    public Optional<java.time.LocalDate> arrivedOn() {
        return Optional.ofNullable(arrivedOn);
    }

    public Optional<java.time.LocalDate> departedOn() {
        return Optional.ofNullable(departedOn);
    }

    /** The supplier left the registry before deciding: the order is cancelled for the beneficiary. */
    public void cancelForSupplierDelisted(Instant at) {
        if (status != OrderStatus.DRAFT && status != OrderStatus.SUBMITTED) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " order is not cancelled for the supplier");
        }
        close(OrderStatus.CANCELLED, "SUPPLIER_DELISTED", at);
    }

    /** The beneficiary died or moved ({@code on}) while the order was at the delivery stage (or in service). */
    public void returnToSupplier(String why, java.time.LocalDate on, Instant at) {
        if (status != OrderStatus.ACCEPTED && status != OrderStatus.DELIVERED_BY_SUPPLIER) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "Only an order at the delivery stage is returned");
        }
        close(OrderStatus.RETURNED, why, at);
        endedOn = on;
    }

    /** The day the beneficiary died, when that returned the order. */
    public Optional<java.time.LocalDate> diedOn() {
        return status == OrderStatus.RETURNED && "DEATH".equals(closedReason) ? Optional.ofNullable(endedOn) : Optional.empty();
    }

    private void close(OrderStatus to, String reason, Instant at) {
        status = to;
        statusSince = at;
        closedReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private void requireUndecided(Instant at) {
        require(OrderStatus.SUBMITTED, "decided");
        if (!at.isBefore(decisionDue)) {
            throw DomainException.conflict("DECISION_OVERDUE", "The decision was due by " + decisionDue);
        }
    }

    private void require(OrderStatus expected, String what) {
        if (status != expected) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " order is not " + what);
        }
    }

    public String auditSummary() {
        return "measure=" + measureId + " product=" + productId + " supplier=" + supplierId + " x" + quantity + " "
                + amounts.auditSummary() + " " + status + (refusalReason != null ? " " + refusalReason : "")
                + (closedReason != null ? " " + closedReason : "")
                + (arrivalDate != null ? " stay=" + arrivalDate + ".." + departureDue : "")
                + (arrivedOn != null ? " arrived=" + arrivedOn : "") + (departedOn != null ? " departed=" + departedOn : "");
    }

    public String number() {
        return "O-" + id;
    }

    public Long id() {
        return id;
    }

    public long measureId() {
        return measureId;
    }

    public String iin() {
        return iin;
    }

    public long productId() {
        return productId;
    }

    public long supplierId() {
        return supplierId;
    }

    public String classifierCode() {
        return classifierCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String akimatCode() {
        return akimatCode;
    }

    public String productName() {
        return productName;
    }

    public int quantity() {
        return quantity;
    }

    public Money price() {
        return amounts.price();
    }

    public Money guaranteedSum() {
        return amounts.guaranteedSum();
    }

    public Money stateAmount() {
        return amounts.stateAmount();
    }

    public Money topUp() {
        return amounts.topUp();
    }

    public Money total() {
        return amounts.total();
    }

    public OrderStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> decisionDue() {
        return Optional.ofNullable(decisionDue);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<RefusalReason> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<Money> topUpPaid() {
        return Optional.ofNullable(topUpPaid).map(Money::of);
    }

    public Optional<String> topUpReference() {
        return Optional.ofNullable(topUpReference);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<String> closedReason() {
        return Optional.ofNullable(closedReason);
    }

    public Optional<Long> orderSignatureId() {
        return Optional.ofNullable(orderSignatureId);
    }

    public Optional<Long> decisionSignatureId() {
        return Optional.ofNullable(decisionSignatureId);
    }

    public Optional<Long> deliverySignatureId() {
        return Optional.ofNullable(deliverySignatureId);
    }

    public Optional<Long> receiptSignatureId() {
        return Optional.ofNullable(receiptSignatureId);
    }
}
