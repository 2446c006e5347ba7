package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.domain.Role;
import kz.kepil.ordering.application.OrderCompleted;
import kz.kepil.ordering.application.ServiceActConfirmed;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.reimbursement.domain.Claim;
import kz.kepil.reimbursement.domain.ClaimCheck;
import kz.kepil.reimbursement.domain.ClaimStatus;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureRequirement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims: a COMPLETED order becomes a claim in the transaction of its receipt; its checks run on the
 * portal's schedule (and again when finance asks), each with its reason when it fails: every signature of
 * the order verified again from its stored evidence and bound to this order, the supplier listed in the
 * registry when the order was signed, the entitlement held, the amount within the guaranteed sum, and
 * the order's reservation still held in the budget (so it was neither released nor paid before). A
 * confirmed monthly act of an hourly service becomes a claim of its own, checked the same way with the
 * act's two signatures (the supplier's and the beneficiary's confirmation) instead of delivery and receipt.
 */
@ApplicationScoped
public class Claims {

    static final String ENTITY = "Claim";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Signatures signatures;

    @Inject
    SupplierStandings suppliers;

    @Inject
    Entitlements entitlements;

    @Inject
    Representations representations;

    @Inject
    Budgets budgets;

    @Inject
    Event<ServiceActReimbursed> actReimbursed;

    /** The receipt completed an order: its claim waits for its checks. */
    void orderCompleted(@Observes OrderCompleted o) {
        Claim c = new Claim(new Claim.Source(o.orderId(), o.orderNumber(), o.akimatCode(), o.supplierId(), o.iin(),
                o.measureId(), o.classifierCode(), o.quantity(), o.guaranteedSum(), o.stateAmount(), o.submittedAt(),
                o.completedAt(), o.orderSha256(), o.orderSignatureId(), o.decisionSignatureId(), o.deliverySignatureId(),
                o.receiptSignatureId()), clock.instant());
        em.persist(c);
        em.flush();
        audit.record(ENTITY, c.id(), "CREATED", null, c.auditSummary());
    }

    /**
     * The beneficiary confirmed a monthly act of an hourly service: its claim waits for its checks; the act
     * that completed the order gives back what the order's acts did not claim.
     */
    void serviceActConfirmed(@Observes ServiceActConfirmed a) {
        Claim c = Claim.ofAct(new Claim.Source(a.orderId(), a.orderNumber(), a.akimatCode(), a.supplierId(), a.iin(),
                a.measureId(), a.classifierCode(), a.hours(), a.guaranteedSum(), a.stateAmount(), a.orderSignedAt(),
                a.confirmedAt(), a.orderSha256(), a.orderSignatureId(), a.decisionSignatureId(), a.actSignatureId(),
                a.afterDeath() ? a.actSignatureId() : a.confirmationSignatureId()), a.actId(), a.month(), a.actSha256(), a.late(),
                a.afterDeath(), clock.instant());
        em.persist(c);
        em.flush();
        audit.record(ENTITY, c.id(), "CREATED", null, c.auditSummary());
        if (a.afterDeath()) {
            budgets.reserveActAfterRelease(c);
        }
        if (a.orderCompleted()) {
            budgets.releaseServiceRemainder(a.orderId(), a.orderNumber());
        }
    }

    /** A paid act claim tells ordering which act of its order was reimbursed, and whether all of them are. */
    void claimReimbursed(@Observes ClaimReimbursed paid) {
        Claim c = em.find(Claim.class, paid.claimId());
        if (c == null || c.actId().isEmpty()) {
            return;
        }
        boolean allPaid = em.createNamedQuery("Claim.actsOfOrder", Claim.class).setParameter("order", c.orderId()).getResultStream()
                .allMatch(k -> k.status() == ClaimStatus.REIMBURSED || k.status() == ClaimStatus.REJECTED);
        actReimbursed.fire(new ServiceActReimbursed(c.orderId(), c.actId().get(), c.id(), allPaid, paid.at()));
    }

    /** Claims whose checks have not run yet, oldest first. */
    @Transactional
    public List<Long> pending(int limit) {
        return em.createNamedQuery("Claim.pending", Long.class).setMaxResults(limit).getResultList();
    }

    /** Runs the checks of a claim still pending (the scheduler's work). */
    @Transactional
    public Optional<Claim> checkPending(long claimId) {
        Claim c = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.status() != ClaimStatus.PENDING_CHECKS) {
            return Optional.empty();
        }
        return Optional.of(assess(c));
    }

    /** Finance runs a claim's checks again (e.g. after a fault was put right, or before building a register). */
    @Transactional
    public Claim check(long claimId) {
        requireFinance(visible(claimId), Role.FINANCE_OFFICER);
        return assess(em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A finance officer rejects a claim with a reason; the order's reservation goes back to the budget. */
    @Transactional
    public Claim reject(long claimId, String reason) {
        requireFinance(visible(claimId), Role.FINANCE_OFFICER);
        Claim c = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        String before = c.auditSummary();
        c.reject(reason, caller.name(), clock.instant());
        String why = "claim " + c.id() + " rejected: " + c.rejectedReason().orElse("");
        if (c.actId().isPresent()) {
            budgets.releaseRejectedAct(c, why);
        } else {
            budgets.releaseRejected(c.orderId(), c.orderNumber(), why);
        }
        audit.record(ENTITY, c.id(), "REJECTED", before, c.auditSummary());
        return c;
    }

    private Claim assess(Claim c) {
        String before = c.auditSummary();
        List<ClaimCheck> results = new ArrayList<>();
        results.add(signature("ORDER_SIGNATURE", c.orderSignatureId(), "ORDER", c.orderNumber(), c, true));
        results.add(signature("ACCEPTANCE_SIGNATURE", c.decisionSignatureId(), "ORDER_ACCEPTANCE", c.orderNumber(), c, false));
        if (c.actId().isPresent()) {
            String act = c.orderNumber() + "/" + c.actMonth().orElseThrow();
            results.add(signature("ACT_SIGNATURE", c.deliverySignatureId(), "SERVICE_ACT", act, c, false));
            results.add(c.actAfterDeath() ? beneficiaryDeceased(c)
                    : signature("ACT_CONFIRMATION_SIGNATURE", c.receiptSignatureId(), "SERVICE_ACT_CONFIRMATION", act, c, true));
        } else {
            results.add(signature("DELIVERY_SIGNATURE", c.deliverySignatureId(), "ORDER_DELIVERY_ACT", c.orderNumber(), c, false));
            results.add(signature("RECEIPT_SIGNATURE", c.receiptSignatureId(), "ORDER_RECEIPT", c.orderNumber(), c, true));
        }
        results.add(supplierListed(c));
        results.add(entitlement(c));
        results.add(amount(c));
        results.add(notPaidBefore(c));
        c.checked(results, clock.instant());
        audit.record(ENTITY, c.id(), "CHECKED", before, c.auditSummary());
        return c;
    }

    /**
     * A stored signature verified again from its evidence, of the right document of this order, by the
     * party that must sign it: the beneficiary (or a representative) for the order and the receipt, the
     * supplier's signatory for the acceptance and the delivery act.
     */
    private ClaimCheck signature(String name, long evidenceId, String documentType, String documentId, Claim c,
                                 boolean beneficiarySide) {
        try {
            SignatureRequirement requirement = beneficiarySide ? SignatureRequirement.anySigner()
                    : suppliers.signatory(c.supplierId());
            Signatures.Reverification r = signatures.reverify(evidenceId, requirement);
            if (!r.valid()) {
                return ClaimCheck.fail(name, "signature " + evidenceId + ": " + r.detail());
            }
            var e = r.evidence();
            if (!e.documentType().equals(documentType) || !e.documentId().equals(documentId)) {
                return ClaimCheck.fail(name, "signature " + evidenceId + " is of " + e.documentType() + " " + e.documentId()
                        + ", not of " + documentType + " " + documentId);
            }
            if (documentType.equals("SERVICE_ACT") && !e.documentSha256().equals(c.actSha256().orElse(""))
                    || documentType.equals("SERVICE_ACT_CONFIRMATION")
                    && !e.documentContent().orElse("").contains("\"actSha256\":\"" + c.actSha256().orElse("") + "\"")) {
                return ClaimCheck.fail(name, "signature " + evidenceId + " is not over act " + documentId + " as the supplier signed it");
            }
            boolean bound = documentType.equals("ORDER") ? e.documentSha256().equals(c.orderSha256())
                    : e.documentContent().orElse("").contains("\"orderSha256\":\"" + c.orderSha256() + "\"");
            if (!bound) {
                return ClaimCheck.fail(name, "signature " + evidenceId + " is not over the order as the beneficiary signed it"
                        + " (order document " + c.orderSha256() + ")");
            }
            if (beneficiarySide && !e.signerIin().equals(c.iin())
                    && !representations.mayActFor(Iin.of(e.signerIin()), Iin.of(c.iin()))) {
                return ClaimCheck.fail(name, "signature " + evidenceId + " is of IIN " + e.signerIin()
                        + ", neither the beneficiary nor their representative");
            }
            return ClaimCheck.pass(name, "signature " + evidenceId + " " + r.detail());
        } catch (RuntimeException ex) {
            return ClaimCheck.fail(name, "signature " + evidenceId + " cannot be verified: " + ex.getMessage());
        }
    }

    /** An act filed without the beneficiary's confirmation: the beneficiary's entitlement was closed by their death. */
    private ClaimCheck beneficiaryDeceased(Claim c) {
        try {
            Measure m = entitlements.find(c.measureId());
            if ("DEATH".equals(m.closedReason().orElse(null))) {
                return ClaimCheck.pass("BENEFICIARY_DECEASED", "act filed after the death of IIN " + c.iin()
                        + ", whose entitlement " + m.id() + " was closed by it");
            }
            return ClaimCheck.fail("BENEFICIARY_DECEASED", "the act has no confirmation by the beneficiary, and entitlement "
                    + m.id() + " was not closed by their death");
        } catch (DomainException e) {
            return ClaimCheck.fail("BENEFICIARY_DECEASED", "entitlement " + c.measureId() + " is not known");
        }
    }

    private ClaimCheck supplierListed(Claim c) {
        Optional<SupplierStatus> then = suppliers.statusAt(c.supplierId(), c.orderSignedAt());
        if (then.orElse(null) != SupplierStatus.LISTED) {
            return ClaimCheck.fail("SUPPLIER_LISTED", "supplier " + c.supplierId() + " was " + then.map(Enum::name).orElse("not in the registry")
                    + " when the order was signed (" + c.orderSignedAt() + ")");
        }
        return ClaimCheck.pass("SUPPLIER_LISTED", "supplier " + c.supplierId() + " was LISTED when the order was signed ("
                + c.orderSignedAt() + ")");
    }

    private ClaimCheck entitlement(Claim c) {
        Measure m;
        try {
            m = entitlements.find(c.measureId());
        } catch (DomainException e) {
            return ClaimCheck.fail("ENTITLEMENT", "entitlement " + c.measureId() + " is not known");
        }
        LocalDate signed = c.orderSignedAt().atZone(KzTime.ALMATY).toLocalDate();
        if (!m.iin().equals(c.iin()) || !m.classifierCode().equals(c.classifierCode()) || !m.akimatCode().equals(c.akimatCode())) {
            return ClaimCheck.fail("ENTITLEMENT", "entitlement " + m.id() + " is of IIN " + m.iin() + " for " + m.classifierCode()
                    + " at " + m.akimatCode() + ", the order of IIN " + c.iin() + " for " + c.classifierCode() + " at " + c.akimatCode());
        }
        if (c.quantity() > m.quantity()) {
            return ClaimCheck.fail("ENTITLEMENT", "the order is for " + c.quantity() + " units, the entitlement for " + m.quantity());
        }
        if (signed.isBefore(m.iprValidFrom()) || signed.isAfter(m.iprValidTo())) {
            return ClaimCheck.fail("ENTITLEMENT", "the order was signed on " + signed + ", outside the programme's "
                    + m.iprValidFrom() + " to " + m.iprValidTo());
        }
        return ClaimCheck.pass("ENTITLEMENT", "entitlement " + m.id() + " of " + m.quantity() + " units of " + m.classifierCode()
                + ", valid " + m.iprValidFrom() + " to " + m.iprValidTo());
    }

    private static ClaimCheck amount(Claim c) {
        Money ceiling = c.guaranteedSum().times(c.quantity());
        if (c.amount().isNegative() || c.amount().isGreaterThan(ceiling)) {
            return ClaimCheck.fail("AMOUNT", c.amount() + " is more than the guaranteed sum " + c.guaranteedSum() + " × "
                    + c.quantity() + " = " + ceiling);
        }
        return ClaimCheck.pass("AMOUNT", c.amount() + " within the guaranteed sum " + c.guaranteedSum() + " × " + c.quantity());
    }

    /**
     * The reservation made when the order was signed is still held, for exactly this amount: nothing paid it
     * yet. For an act claim: this act was never paid and its order's reservation still holds its amount.
     */
    private ClaimCheck notPaidBefore(Claim c) {
        if (c.actId().isPresent()) {
            long act = c.actId().get();
            Budgets.ActStanding standing = budgets.actStanding(c.orderId(), act);
            if (standing.spent()) {
                return ClaimCheck.fail("NOT_PAID_BEFORE", "act " + act + " of order " + c.orderNumber() + " was paid already");
            }
            Optional<Money> room = standing.room();
            if (room.isEmpty() || c.amount().isGreaterThan(room.get())) {
                return ClaimCheck.fail("NOT_PAID_BEFORE", "order " + c.orderNumber() + " holds " + room.map(Money::toString)
                        .orElse("no reservation") + " for its acts, the act claims " + c.amount());
            }
            return ClaimCheck.pass("NOT_PAID_BEFORE", "order " + c.orderNumber() + " holds " + room.get()
                    + " for its acts; act " + act + " was never paid");
        }
        Optional<Money> reserved = budgets.reserved(c.orderId());
        if (reserved.isEmpty()) {
            return ClaimCheck.fail("NOT_PAID_BEFORE", "order " + c.orderNumber()
                    + " holds no reservation in the budget: it was released or already paid");
        }
        if (reserved.get().compareTo(c.amount()) != 0) {
            return ClaimCheck.fail("NOT_PAID_BEFORE", "order " + c.orderNumber() + " reserved " + reserved.get()
                    + ", the claim is for " + c.amount());
        }
        return ClaimCheck.pass("NOT_PAID_BEFORE", "order " + c.orderNumber() + " holds its reservation of " + reserved.get()
                + " and was never paid");
    }

    /** Claims of an akimat (finance sees its own, auditors any), by status and supplier. */
    public List<Claim> list(String akimatCode, ClaimStatus status, Long supplierId) {
        KepilPrincipal who = caller.require();
        String akimat = akimatCode;
        if (!who.hasRole(Role.AUDITOR)) {
            if (akimat == null) {
                akimat = who.akimatCode();
            }
            if (akimat == null || !akimat.equals(who.akimatCode())) {
                throw DomainException.notFound("claims of akimat", akimatCode);
            }
        }
        StringBuilder q = new StringBuilder("SELECT c FROM Claim c WHERE 1 = 1");
        if (akimat != null) {
            q.append(" AND c.akimatCode = :akimat");
        }
        if (status != null) {
            q.append(" AND c.status = :status");
        }
        if (supplierId != null) {
            q.append(" AND c.supplierId = :supplier");
        }
        TypedQuery<Claim> query = em.createQuery(q.append(" ORDER BY c.id DESC").toString(), Claim.class).setMaxResults(1000);
        if (akimat != null) {
            query.setParameter("akimat", akimat);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (supplierId != null) {
            query.setParameter("supplier", supplierId);
        }
        return query.getResultList();
    }

    /** A claim its reader may see: finance of its akimat, auditors. */
    public Claim visible(long claimId) {
        Claim c = Optional.ofNullable(em.find(Claim.class, claimId)).orElseThrow(() -> DomainException.notFound("claim", claimId));
        KepilPrincipal who = caller.require();
        boolean finance = (who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER))
                && c.akimatCode().equals(who.akimatCode());
        if (!finance && !who.hasRole(Role.AUDITOR)) {
            throw DomainException.notFound("claim", claimId);
        }
        return c;
    }

    private void requireFinance(Claim c, Role role) {
        KepilPrincipal who = caller.require();
        if (!who.hasRole(role) || !c.akimatCode().equals(who.akimatCode())) {
            throw DomainException.forbidden("Only a " + role + " of akimat " + c.akimatCode() + " may do this");
        }
    }
}
