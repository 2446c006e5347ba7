package kz.kepil.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;

/** The monthly calculation index of a year, in tenge; reference data set by the budget law. */
@Entity
@Table(name = "mci")
@NamedQuery(name = "Mci.all", query = "SELECT m FROM Mci m ORDER BY m.year")
public class Mci {

    @Id
    @Column(name = "year")
    private int year;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected Mci() {
    }

    public Mci(int year, Money amount) {
        this.year = year;
        this.amount = amount.amount();
    }

    public int year() {
        return year;
    }

    public Money amount() {
        return Money.of(amount);
    }
}
