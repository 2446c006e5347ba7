package kz.kepil.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A supplier's product card: what it offers of a classifier type, at what price, where and how fast.
 * The supplier edits it while ACTIVE and may withdraw it; the authority may hide it with a reason and
 * show it again. A card is ordered at the price of the moment the beneficiary signs: orders copy the
 * price, so later changes never reach them.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = "Product.ofSupplier",
        query = "SELECT p FROM Product p WHERE p.supplierId = :supplier ORDER BY p.status, p.name, p.id")
@NamedQuery(name = "Product.changedSince",
        query = "SELECT p FROM Product p WHERE p.updatedAt > :since")
public class Product {

    public static final int MAX_NAME = 300;
    public static final int MAX_DELIVERY_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "classifier_code", nullable = false, length = 30)
    private String classifierCode;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    /** Sanitised HTML. */
    @Column(name = "description", nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "price", nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Column(name = "delivery_days", nullable = false)
    private int deliveryDays;

    @Column(name = "available", nullable = false)
    private boolean available;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ProductStatus status;

    @Column(name = "hidden_reason", length = 1000)
    private String hiddenReason;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by", length = 200)
    private String hiddenBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_region", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "region_code", length = 10)
    private Set<String> regions = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "code", length = 40)
    @Column(name = "value", length = 200)
    private Map<String, String> attributes = new LinkedHashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Product() {
    }

    /** What a supplier states on a card; checked against the type and the supplier by {@link #Product}. */
    public record Card(String name, String description, Money price, int deliveryDays, boolean available,
                       Set<String> regions, Map<String, String> attributes) {
    }

    public Product(long supplierId, ClassifierType type, Card card, Instant at) {
        this.supplierId = supplierId;
        this.classifierCode = type.code().value();
        this.status = ProductStatus.ACTIVE;
        this.createdAt = at;
        apply(type, card, at);
    }

    /** The supplier changes the card. Orders already signed keep their own copy of the price. */
    public void edit(ClassifierType type, Card card, Instant at) {
        if (status == ProductStatus.WITHDRAWN) {
            throw DomainException.conflict("PRODUCT_WITHDRAWN", "A withdrawn product card is not edited");
        }
        if (!type.code().value().equals(classifierCode)) {
            throw DomainException.invalid("CLASSIFIER_CHANGE", "A card keeps its classifier type; offer a new card instead");
        }
        apply(type, card, at);
    }

    private void apply(ClassifierType type, Card card, Instant at) {
        String n = card.name() == null ? "" : card.name().strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw DomainException.invalid("VALIDATION_FAILED", "A product has a name of at most " + MAX_NAME + " characters");
        }
        if (card.price() == null || card.price().isNegative() || card.price().isZero()) {
            throw DomainException.invalid("PRICE_INVALID", "A price is a positive amount in tenge");
        }
        if (card.price().amount().compareTo(new BigDecimal("1000000000")) >= 0) {
            throw DomainException.invalid("PRICE_INVALID", "A price is below one billion tenge");
        }
        if (card.deliveryDays() < 0 || card.deliveryDays() > MAX_DELIVERY_DAYS) {
            throw DomainException.invalid("VALIDATION_FAILED", "Delivery takes 0 to " + MAX_DELIVERY_DAYS + " days");
        }
        if (card.regions() == null || card.regions().isEmpty()) {
            throw DomainException.invalid("VALIDATION_FAILED", "A product is offered in at least one region");
        }
        this.name = n;
        this.description = Objects.requireNonNull(card.description());
        this.price = card.price().amount();
        this.deliveryDays = card.deliveryDays();
        this.available = card.available();
        this.regions = new TreeSet<>(card.regions());
        this.attributes = new LinkedHashMap<>(type.checkedAttributes(card.attributes()));
        this.updatedAt = at;
    }

    /** The supplier takes the card off the catalog; it stays on record for the orders that name it. */
    public void withdraw(Instant at) {
        if (status == ProductStatus.WITHDRAWN) {
            throw DomainException.conflict("PRODUCT_WITHDRAWN", "The product card is already withdrawn");
        }
        status = ProductStatus.WITHDRAWN;
        updatedAt = at;
    }

    /** The authority hides the card from the catalog, saying why. */
    public void hide(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw DomainException.invalid("VALIDATION_FAILED", "Hiding a product needs a reason of at most 1000 characters");
        }
        if (hiddenAt != null) {
            throw DomainException.conflict("PRODUCT_HIDDEN", "The product card is already hidden");
        }
        hiddenReason = reason.strip();
        hiddenBy = by;
        hiddenAt = at;
        updatedAt = at;
    }

    /** The authority shows a hidden card again. */
    public void unhide(Instant at) {
        if (hiddenAt == null) {
            throw DomainException.conflict("PRODUCT_NOT_HIDDEN", "The product card is not hidden");
        }
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
        updatedAt = at;
    }

    /** Offered in the catalog as far as the card itself goes (the supplier's standing is checked apart). */
    public boolean offered() {
        return status == ProductStatus.ACTIVE && hiddenAt == null && available;
    }

    /** Marks the card changed, so that every search index reloads it. */
    public void touch(Instant at) {
        updatedAt = at;
    }

    public String auditSummary() {
        return "supplier=" + supplierId + " " + classifierCode + " \"" + name + "\" price=" + price.toPlainString()
                + " days=" + deliveryDays + " available=" + available + " regions=" + regions + " " + status
                + (hiddenAt != null ? " hidden: " + hiddenReason : "");
    }

    public Long id() {
        return id;
    }

    public long supplierId() {
        return supplierId;
    }

    public ClassifierCode classifierCode() {
        return new ClassifierCode(classifierCode);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Money price() {
        return Money.of(price);
    }

    public int deliveryDays() {
        return deliveryDays;
    }

    public boolean available() {
        return available;
    }

    public ProductStatus status() {
        return status;
    }

    public Optional<String> hiddenReason() {
        return Optional.ofNullable(hiddenReason);
    }

    public Optional<Instant> hiddenAt() {
        return Optional.ofNullable(hiddenAt);
    }

    public Set<String> regions() {
        return Set.copyOf(regions);
    }

    public Map<String, String> attributes() {
        return new LinkedHashMap<>(attributes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
