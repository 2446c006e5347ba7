package kz.kepil.catalog.domain;

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
import java.util.Optional;

/**
 * The guaranteed sum per unit of a classifier type that the authorised body set for a year, for the
 * whole country or for one region. It is in force from 1 January of its year until a later year's sum;
 * the authority may correct it, and every correction is audited. Orders keep the sum in force when
 * they were signed, so a correction never touches them.
 */
@Entity
@Table(name = "guaranteed_sum")
@NamedQuery(name = "GuaranteedSum.ofType",
        query = "SELECT g FROM GuaranteedSum g WHERE g.classifierCode = :code ORDER BY g.year DESC, g.regionCode")
@NamedQuery(name = "GuaranteedSum.upTo",
        query = "SELECT g FROM GuaranteedSum g WHERE g.year <= :year")
@NamedQuery(name = "GuaranteedSum.exact",
        query = "SELECT g FROM GuaranteedSum g WHERE g.classifierCode = :code AND g.year = :year"
                + " AND ((:region IS NULL AND g.regionCode IS NULL) OR g.regionCode = :region)")
public class GuaranteedSum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "classifier_code", nullable = false, length = 30)
    private String classifierCode;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "region_code", length = 10)
    private String regionCode;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false, length = 200)
    private String setBy;

    @Version
    @Column(name = "version")
    private long version;

    protected GuaranteedSum() {
    }

    public GuaranteedSum(ClassifierCode code, int year, String regionCode, Money amount, Instant setAt, String setBy) {
        this.classifierCode = code.value();
        this.year = year;
        this.regionCode = regionCode;
        this.setAt = Objects.requireNonNull(setAt);
        this.setBy = Objects.requireNonNull(setBy);
        this.amount = checked(amount).amount();
    }

    /** The authority corrects the amount. */
    public void correct(Money newAmount, Instant at, String by) {
        this.amount = checked(newAmount).amount();
        this.setAt = at;
        this.setBy = by;
    }

    private static Money checked(Money amount) {
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw DomainException.invalid("AMOUNT_INVALID", "A guaranteed sum is a positive amount in tenge");
        }
        return amount;
    }

    public String auditSummary() {
        return classifierCode + " " + year + " " + (regionCode == null ? "national" : regionCode) + " " + amount.toPlainString();
    }

    public Long id() {
        return id;
    }

    public ClassifierCode classifierCode() {
        return new ClassifierCode(classifierCode);
    }

    public int year() {
        return year;
    }

    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    public Money amount() {
        return Money.of(amount);
    }

    public Instant setAt() {
        return setAt;
    }

    public String setBy() {
        return setBy;
    }
}
