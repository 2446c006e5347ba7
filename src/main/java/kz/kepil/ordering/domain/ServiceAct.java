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
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly act of an hourly service order: the supplier's signatory files it with the month's service
 * sheet (SUBMITTED), its amounts fixed then from the order's price and guaranteed sum (the state pays
 * min(price, sum) an hour for the hours within the yearly norm, the beneficiary the top-up and any hours
 * beyond the norm); the beneficiary or their representative confirms it with EDS (CONFIRMED), and it
 * becomes a claim. One act per order and month; an act filed after the 10th of the next month is late.
 */
@Entity
@Table(name = "service_act")
@NamedQuery(name = "ServiceAct.ofOrder", query = "SELECT a FROM ServiceAct a WHERE a.orderId = :order ORDER BY a.month")
@NamedQuery(name = "ServiceAct.ofOrders", query = "SELECT a FROM ServiceAct a WHERE a.orderId IN :orders")
public class ServiceAct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "service_month", nullable = false, length = 7)
    private String month;

    @Column(name = "sheet", nullable = false, length = 2000)
    private String sheet;

    @Column(name = "hours", nullable = false)
    private int hours;

    @Column(name = "covered_hours", nullable = false)
    private int coveredHours;

    @Embedded
    private FixedAmounts amounts;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ServiceActStatus status;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 12)
    private String submittedBy;

    @Column(name = "act_signature_id", nullable = false)
    private long actSignatureId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmation_signature_id")
    private Long confirmationSignatureId;

    @Column(name = "after_death", nullable = false)
    private boolean afterDeath;

    @Version
    @Column(name = "version")
    private long version;

    protected ServiceAct() {
    }

    /** The amounts of a month's hours of which {@code covered} are within the yearly norm. */
    public static Pricing.Amounts amounts(Order order, int hours, int covered) {
        return Pricing.of(order.price(), order.guaranteedSum()).forQuantity(hours, covered);
    }

    /** The act as the supplier's signatory signed it, on {@code filedOn} (Almaty). */
    public ServiceAct(Order order, ServiceSheet sheet, int covered, String documentSha256, long signatureId, String by,
                      Instant at, LocalDate filedOn) {
        Pricing.Amounts a = amounts(order, sheet.hours(), covered);
        this.orderId = order.id();
        this.month = sheet.month().toString();
        this.sheet = sheet.encoded();
        this.hours = sheet.hours();
        this.coveredHours = covered;
        this.amounts = new FixedAmounts(a, order.guaranteedSum());
        this.dueBy = ServiceSheet.dueBy(sheet.month());
        this.late = ServiceSheet.late(sheet.month(), filedOn);
        this.status = ServiceActStatus.SUBMITTED;
        this.documentSha256 = Objects.requireNonNull(documentSha256);
        this.actSignatureId = signatureId;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** The beneficiary (or representative) confirmed the act with their signature. */
    public void confirm(long signatureId, Instant at) {
        if (status != ServiceActStatus.SUBMITTED) {
            throw DomainException.conflict("ACT_ALREADY_CONFIRMED", "Act " + number() + " is " + status);
        }
        status = ServiceActStatus.CONFIRMED;
        confirmedAt = at;
        confirmationSignatureId = signatureId;
    }

    /**
     * Filed after the beneficiary's death for the time before it: it counts as confirmed without their
     * signature (DOMAIN.md §4.9).
     */
    public void confirmAfterDeath(Instant at) {
        if (status != ServiceActStatus.SUBMITTED) {
            throw DomainException.conflict("ACT_ALREADY_CONFIRMED", "Act " + number() + " is " + status);
        }
        status = ServiceActStatus.CONFIRMED;
        confirmedAt = at;
        afterDeath = true;
    }

    public boolean afterDeath() {
        return afterDeath;
    }

    public String number() {
        return "O-" + orderId + "/" + month;
    }

    public String auditSummary() {
        return "order=O-" + orderId + " month=" + month + " hours=" + hours + " covered=" + coveredHours + " state="
                + amounts.stateAmount() + " topUp=" + amounts.topUp() + " dueBy=" + dueBy + (late ? " LATE" : "")
                + " " + status + (afterDeath ? " AFTER_DEATH" : "") + " sheet=" + sheet;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public ServiceSheet sheet() {
        return new ServiceSheet(month(), new java.util.TreeMap<>(ServiceSheet.parse(sheet)));
    }

    public int hours() {
        return hours;
    }

    public int coveredHours() {
        return coveredHours;
    }

    /** The amounts of the act's hours, fixed when it was filed. */
    public FixedAmounts amounts() {
        return amounts;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public boolean late() {
        return late;
    }

    public ServiceActStatus status() {
        return status;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long actSignatureId() {
        return actSignatureId;
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Optional<Long> confirmationSignatureId() {
        return Optional.ofNullable(confirmationSignatureId);
    }
}
