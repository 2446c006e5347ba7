package kz.kepil.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.shared.error.DomainException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What other contexts may know of a supplier's standing in the registry: its name, state, regions and
 * categories. Read in a few queries for all suppliers at once, for the catalog's index.
 */
@ApplicationScoped
public class SupplierStandings {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicContracts contracts;

    /**
     * A supplier's standing. Only one that takes new orders may sell: LISTED, with the contract version
     * in force signed.
     */
    public record Standing(long id, String name, SupplierStatus status, Set<String> regions,
                           Set<ProductCategory> categories, boolean takesNewOrders) {
    }

    public List<Standing> all() {
        Map<Long, Set<String>> regions = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, r FROM Supplier s JOIN s.regions r", Object[].class).getResultList()) {
            regions.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]);
        }
        Map<Long, Set<ProductCategory>> categories = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, c FROM Supplier s JOIN s.categories c", Object[].class).getResultList()) {
            categories.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(ProductCategory.class)).add((ProductCategory) row[1]);
        }
        List<Standing> out = new ArrayList<>();
        int contract = contracts.currentVersion();
        for (Object[] row : em.createQuery("SELECT s.id, s.name, s.status, s.contractVersion FROM Supplier s ORDER BY s.id",
                Object[].class).getResultList()) {
            long id = (Long) row[0];
            SupplierStatus status = (SupplierStatus) row[2];
            out.add(new Standing(id, (String) row[1], status, regions.getOrDefault(id, Set.of()),
                    categories.getOrDefault(id, EnumSet.noneOf(ProductCategory.class)),
                    status.takesNewOrders() && Integer.valueOf(contract).equals(row[3])));
        }
        return out;
    }

    public Optional<Standing> find(long supplierId) {
        return Optional.ofNullable(em.find(kz.kepil.registry.domain.Supplier.class, supplierId))
                .map(s -> new Standing(s.id(), s.name(), s.status(), s.regions(), s.categories(),
                        s.takesNewOrders(contracts.currentVersion())));
    }

    /**
     * What a signature for the supplier must be: a legal entity's signatory (its BIN, CEO or may-sign),
     * or the entrepreneur themself.
     */
    public kz.kepil.signing.domain.SignatureRequirement signatory(long supplierId) {
        kz.kepil.registry.domain.Supplier s = Optional.ofNullable(em.find(kz.kepil.registry.domain.Supplier.class, supplierId))
                .orElseThrow(() -> DomainException.notFound("supplier", supplierId));
        return signatoryOf(s.kind(), s.identifier());
    }

    /**
     * The rule of {@link #signatory}, for a supplier already read: a legal entity signs as the organisation
     * of its BIN, an entrepreneur as the person of its IIN.
     */
    static kz.kepil.signing.domain.SignatureRequirement signatoryOf(kz.kepil.registry.domain.SupplierKind kind, String identifier) {
        return kind == kz.kepil.registry.domain.SupplierKind.LEGAL_ENTITY
                ? kz.kepil.signing.domain.SignatureRequirement.organisation(identifier)
                : kz.kepil.signing.domain.SignatureRequirement.person(identifier);
    }

    /** The supplier's BIN or IIN and phone, as documents and notices name it. */
    public record Party(long id, String name, String kind, String identifier, String phone) {
    }

    public Party party(long supplierId) {
        kz.kepil.registry.domain.Supplier s = Optional.ofNullable(em.find(kz.kepil.registry.domain.Supplier.class, supplierId))
                .orElseThrow(() -> DomainException.notFound("supplier", supplierId));
        return new Party(s.id(), s.name(), s.kind().name(), s.identifier(), s.phone());
    }

    /**
     * The supplier's registry state at a moment, from its history of decisions that took effect (signed,
     * or taken by the portal under a policy rule); empty before the first one.
     */
    public Optional<SupplierStatus> statusAt(long supplierId, java.time.Instant at) {
        return em.createQuery("SELECT d.statusAfter FROM SupplierDecision d WHERE d.supplierId = :s AND d.signedAt IS NOT NULL"
                        + " AND d.signedAt <= :at ORDER BY d.signedAt DESC, d.id DESC", SupplierStatus.class)
                .setParameter("s", supplierId).setParameter("at", at).setMaxResults(1).getResultStream().findFirst();
    }

    /** The supplier's bank account, where reimbursement is paid: IBAN, BIC, name and BIN or IIN. */
    public record Account(long id, String name, String identifier, String iban, String bic) {
    }

    public Account account(long supplierId) {
        kz.kepil.registry.domain.Supplier s = Optional.ofNullable(em.find(kz.kepil.registry.domain.Supplier.class, supplierId))
                .orElseThrow(() -> DomainException.notFound("supplier", supplierId));
        return new Account(s.id(), s.name(), s.identifier(), s.iban(), s.bik());
    }

    public Standing of(long supplierId) {
        return find(supplierId).orElseThrow(() -> DomainException.notFound("supplier", supplierId));
    }
}
