package kz.kepil.registry.domain;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A supplier in the registry. It applies (APPLIED), signs the public offer contract, and is admitted
 * by a signed decision of the authorised body (LISTED); it may be suspended, put under exclusion
 * proceedings (the supplier may object until a deadline), reinstated, or excluded (DELISTED); it may
 * ask to leave (WITHDRAWAL_REQUESTED). Only a LISTED supplier takes new orders. Admission needs the
 * current contract version signed; exclusion waits for the objection window; a supplier excluded
 * against its will may not be admitted again before the cooling-off period ends. State changes only
 * through {@link #decide}; two officials deciding at once are told apart by the version.
 */
@Entity
@Table(name = "supplier")
@NamedQuery(name = "Supplier.byIdentifier",
        query = "SELECT s FROM Supplier s WHERE s.identifier = :identifier ORDER BY s.id DESC")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SupplierKind kind;

    /** The BIN of a legal entity, or the IIN of an individual entrepreneur. */
    @Column(name = "identifier", nullable = false, length = 12)
    private String identifier;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_region", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "region_code", length = 10)
    private Set<String> regions = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_category", joinColumns = @JoinColumn(name = "supplier_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);

    @Column(name = "iban", nullable = false, length = 34)
    private String iban;

    @Column(name = "bik", nullable = false, length = 11)
    private String bik;

    @Column(name = "email", nullable = false, length = 200)
    private String email;

    @Column(name = "phone", nullable = false, length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private SupplierStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "contract_version")
    private Integer contractVersion;

    @Column(name = "contract_signature_id")
    private Long contractSignatureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", length = 40)
    private Ground ground;

    @Column(name = "objection_deadline")
    private LocalDate objectionDeadline;

    @Column(name = "readmission_not_before")
    private LocalDate readmissionNotBefore;

    @Column(name = "objection", length = 4000)
    private String objection;

    @Column(name = "objected_at")
    private Instant objectedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Supplier() {
    }

    public Supplier(SupplierKind kind, String identifier, String name, Set<String> regions, Set<ProductCategory> categories,
                    String iban, String bik, String email, String phone, Instant appliedAt) {
        if (regions.isEmpty() || categories.isEmpty()) {
            throw DomainException.invalid("VALIDATION_FAILED", "a supplier serves at least one region and one category");
        }
        this.kind = Objects.requireNonNull(kind);
        this.identifier = Objects.requireNonNull(identifier);
        this.name = Objects.requireNonNull(name).strip();
        this.regions = new TreeSet<>(regions);
        this.categories = EnumSet.copyOf(categories);
        this.iban = Objects.requireNonNull(iban);
        this.bik = Objects.requireNonNull(bik);
        this.email = Objects.requireNonNull(email);
        this.phone = Objects.requireNonNull(phone);
        this.status = SupplierStatus.APPLIED;
        this.statusSince = appliedAt;
        this.appliedAt = appliedAt;
    }

    /** Whether a new application of the same BIN/IIN may follow this record. */
    public void allowsNewApplication(LocalDate today) {
        if (status != SupplierStatus.DELISTED && status != SupplierStatus.REJECTED) {
            throw DomainException.conflict("SUPPLIER_EXISTS", "This supplier is already in the registry as " + status);
        }
        if (readmissionNotBefore != null && today.isBefore(readmissionNotBefore)) {
            throw DomainException.rule("READMISSION_TOO_EARLY",
                    "A supplier excluded from the registry may apply again from " + readmissionNotBefore);
        }
    }

    /** The supplier's signatory signed this version of the public offer contract. */
    public void contractSigned(int contractVersion, long signatureId) {
        if (status == SupplierStatus.DELISTED || status == SupplierStatus.REJECTED) {
            throw DomainException.conflict("SUPPLIER_NOT_ACTIVE", "A " + status + " supplier signs no contract");
        }
        this.contractVersion = contractVersion;
        this.contractSignatureId = signatureId;
    }

    /**
     * The supplier objects to exclusion proceedings, or to a suspension the portal took by itself, until
     * the last day of the objection window; the commission reads the objection before it decides. One
     * objection per proceedings or suspension.
     */
    public void object(String text, LocalDate today, Instant at) {
        if (!mayObject()) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "There are no exclusion proceedings or suspension to object to");
        }
        if (objectionDeadline != null && today.isAfter(objectionDeadline)) {
            throw DomainException.rule("OBJECTION_WINDOW_CLOSED", "Objections were possible until " + objectionDeadline);
        }
        if (objectedAt != null) {
            throw DomainException.conflict("OBJECTION_EXISTS", "The supplier has already objected, on " + objectedAt);
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("VALIDATION_FAILED", "The objection needs its reasons");
        }
        this.objection = text.strip();
        this.objectedAt = at;
    }

    /** The supplier asks to leave the registry; the authority then excludes it on its own request. */
    public void requestWithdrawal(Instant at) {
        if (status != SupplierStatus.LISTED && status != SupplierStatus.SUSPENDED) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + status + " supplier cannot ask to leave the registry");
        }
        this.status = SupplierStatus.WITHDRAWAL_REQUESTED;
        this.statusSince = at;
        this.ground = Ground.OWN_REQUEST;
    }

    /**
     * Checks that a decision may be taken now, without taking it: the state allows it, the ground fits,
     * admission finds the current contract signed, exclusion proceedings have let the objection window
     * pass.
     */
    public void checkDecision(Decision decision, Ground ground, int currentContractVersion, LocalDate today) {
        if (!decision.allowedFrom(status)) {
            throw DomainException.conflict("ILLEGAL_TRANSITION",
                    decision + " is not possible for a " + status + " supplier (only from " + decision.from() + ")");
        }
        if (!ground.fits(decision)) {
            throw DomainException.invalid("GROUND_INVALID", ground + " is not a ground for " + decision);
        }
        if (decision == Decision.EXCLUDE && status == SupplierStatus.WITHDRAWAL_REQUESTED && ground != Ground.OWN_REQUEST) {
            throw DomainException.invalid("GROUND_INVALID", "a supplier that asked to leave is excluded on its own request");
        }
        if (decision == Decision.ADMIT && !Objects.equals(contractVersion, currentContractVersion)) {
            throw DomainException.rule("CONTRACT_NOT_SIGNED",
                    "The supplier has not signed version " + currentContractVersion + " of the public offer contract");
        }
        if (decision == Decision.EXCLUDE && status == SupplierStatus.EXCLUSION_PENDING
                && objectionDeadline != null && !today.isAfter(objectionDeadline)) {
            throw DomainException.rule("OBJECTION_WINDOW_OPEN",
                    "The supplier may object until " + objectionDeadline + "; the commission decides after that");
        }
    }

    /**
     * Admission also needs the documents the supplier's categories require: always the state
     * registration, a licence for licensed activities, conformity certificates for goods.
     */
    public void checkDocumentsForAdmission(Set<DocumentType> filed) {
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        missing.addAll(DocumentType.requiredFor(categories));
        missing.removeAll(filed);
        if (!missing.isEmpty()) {
            throw DomainException.rule("DOCUMENTS_MISSING", "The supplier has not filed " + missing);
        }
    }

    /**
     * Whether a decision is open to objection: exclusion proceedings, or a suspension that came with an
     * objection window (one the portal took by itself, which the commission has not yet confirmed).
     */
    public boolean mayObject() {
        return status == SupplierStatus.EXCLUSION_PENDING
                || (status == SupplierStatus.SUSPENDED && objectionDeadline != null);
    }

    /**
     * Takes a decision. {@code objectionDeadline} is the last day to object when proceedings open, or
     * when a suspension is open to objection (null for a suspension signed by the commission); a forced
     * exclusion bars re-admission until {@code today + coolingOff}.
     */
    public SupplierStatus decide(Decision decision, Ground ground, int currentContractVersion, LocalDate today,
                                 LocalDate objectionDeadline, RegistryPolicy policy, Instant at) {
        checkDecision(decision, ground, currentContractVersion, today);
        SupplierStatus before = status;
        status = decision.to();
        statusSince = at;
        this.ground = ground;
        if (decision == Decision.OPEN_EXCLUSION || (decision == Decision.SUSPEND && objectionDeadline != null)) {
            this.objectionDeadline = Objects.requireNonNull(objectionDeadline);
            this.objection = null;
            this.objectedAt = null;
        } else if (decision == Decision.REINSTATE || decision == Decision.ADMIT) {
            this.objectionDeadline = null;
        }
        if (decision == Decision.EXCLUDE && ground != Ground.OWN_REQUEST) {
            readmissionNotBefore = today.plus(policy.readmissionCoolingOff());
        }
        return before;
    }

    /**
     * Takes new orders: LISTED, and its signatory signed the contract version in force (after a new
     * version is published, a listed supplier takes no new orders until it signs again).
     */
    public boolean takesNewOrders(int currentContractVersion) {
        return status.takesNewOrders() && Objects.equals(contractVersion, currentContractVersion);
    }

    public String auditSummary() {
        return kind + " " + identifier + " \"" + name + "\" " + status + (ground != null ? " ground=" + ground : "")
                + (contractVersion != null ? " contract=v" + contractVersion : "")
                + (objectionDeadline != null ? " objectUntil=" + objectionDeadline : "")
                + (objectedAt != null ? " objected=" + objectedAt : "")
                + (readmissionNotBefore != null ? " readmitFrom=" + readmissionNotBefore : "");
    }

    public Long id() {
        return id;
    }

    public SupplierKind kind() {
        return kind;
    }

    public String identifier() {
        return identifier;
    }

    public String name() {
        return name;
    }

    public Set<String> regions() {
        return Set.copyOf(regions);
    }

    public Set<ProductCategory> categories() {
        return categories.isEmpty() ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(categories);
    }

    public String iban() {
        return iban;
    }

    public String bik() {
        return bik;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public SupplierStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Optional<Integer> contractVersion() {
        return Optional.ofNullable(contractVersion);
    }

    public Optional<Ground> ground() {
        return Optional.ofNullable(ground);
    }

    public Optional<LocalDate> objectionDeadline() {
        return Optional.ofNullable(objectionDeadline);
    }

    public Optional<String> objection() {
        return Optional.ofNullable(objection);
    }

    public Optional<Instant> objectedAt() {
        return Optional.ofNullable(objectedAt);
    }

    public Optional<LocalDate> readmissionNotBefore() {
        return Optional.ofNullable(readmissionNotBefore);
    }
}
