package kz.kepil.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.entitlement.application.BeneficiaryLeft;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.domain.Role;
import kz.kepil.notification.application.Notice;
import kz.kepil.notification.application.NoticeType;
import kz.kepil.notification.application.Notifications;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.ordering.domain.OrderingRules;
import kz.kepil.ordering.domain.RefusalReason;
import kz.kepil.ordering.domain.SanatoriumStay;
import kz.kepil.ordering.domain.SupplierCancellationReason;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.application.SupplierStandingChanged;
import kz.kepil.registry.domain.RegistryPolicy;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.application.CanonicalDocuments;
import kz.kepil.signing.application.SignableDocument;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order flow of API.md, with EDS at every step that binds: the beneficiary (or their
 * representative) drafts an order on a selectable entitlement and signs it with the application for
 * reimbursement; the supplier's signatory accepts or refuses with a coded reason within five working
 * days, or the order expires; the supplier records the top-up and signs the delivery act; the
 * beneficiary signs the receipt. Each step is audited and told to the other party.
 *
 * <p>A sanatorium order names the day of arrival and so carries a stay (DOMAIN.md §4.7, §4.8): it may be
 * cancelled after acceptance until three working days before arrival, by the beneficiary or, for a coded
 * reason, by the supplier's signatory, and the beneficiary then chooses again within a month; the supplier
 * records the arrival and the departure before the act of services rendered, or a no-show, which puts the
 * entitlement back in the general queue.
 */
@ApplicationScoped
public class Orders {

    static final String ENTITY = "Order";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    Representations representations;

    @Inject
    AuditTrail audit;

    @Inject
    Entitlements entitlements;

    @Inject
    Products products;

    @Inject
    SupplierStandings suppliers;

    @Inject
    BeneficiaryContracts contracts;

    @Inject
    Signatures signatures;

    @Inject
    CanonicalDocuments documents;

    @Inject
    Notifications notifications;

    @Inject
    KzWorkingCalendar calendar;

    @Inject
    Classifier classifier;

    @Inject
    Registry registry;

    @Inject
    RegistryPolicy policy;

    /** OrderSigned, OrderReleased, OrderCompleted: observed in the same transaction (reimbursement's budget and claims). */
    @Inject
    Event<Object> events;

    @Inject
    @ConfigProperty(name = "kepil.ordering.decision-working-days", defaultValue = "5")
    int decisionWorkingDays;

    /**
     * The beneficiary drafts an order: the entitlement is selectable, the product is of its type and may
     * be ordered in its region from a listed supplier, the quantity is within what remains, the public
     * contract is signed, and no other order is open on the entitlement.
     */
    @Transactional
    public Order draft(long measureId, long productId, int quantity) {
        return draft(measureId, productId, quantity, null);
    }

    /**
     * As {@link #draft(long, long, int)}; a sanatorium type also takes the day of arrival ({@code arrival},
     * required for it and refused for any other type), which gives the stay.
     */
    @Transactional
    public Order draft(long measureId, long productId, int quantity, LocalDate arrival) {
        Measure m = entitlements.selectableForOrder(measureId);
        if (contracts.accepted(m.iin()).isEmpty()) {
            throw DomainException.rule("PUBLIC_CONTRACT_NOT_SIGNED", "The public contract is signed once before the first order");
        }
        if (quantity <= 0 || quantity > m.remainingQuantity()) {
            throw DomainException.rule("QUANTITY_EXCEEDS_ENTITLEMENT", "From 1 to " + m.remainingQuantity() + " may be ordered");
        }
        Products.Details product = orderable(productId, m);
        Optional<SanatoriumStay> stay = stay(product.type(), arrival, m);
        int covered = covered(m, product.type(), quantity, null);
        // A new choice replaces an unsigned draft on the same entitlement; a signed order stays in the way.
        for (Order stale : em.createQuery("SELECT o FROM Order o WHERE o.measureId = :m AND o.status = :draft", Order.class)
                .setParameter("m", measureId).setParameter("draft", OrderStatus.DRAFT).getResultList()) {
            String before = stale.auditSummary();
            stale.cancelByBeneficiary("REPLACED", clock.instant());
            audit.record(ENTITY, stale.id(), "CANCELLED", before, stale.auditSummary());
        }
        em.flush();
        Order.Choice choice = new Order.Choice(m.id(), m.iin(), productId, product.product().supplierId(), m.classifierCode(),
                m.regionCode(), m.akimatCode(), product.product().name(), quantity);
        Order order = stay.isPresent()
                ? new Order(choice, product.pricing(), covered, stay.get(), caller.require().iin(), clock.instant())
                : new Order(choice, product.pricing(), covered, caller.require().iin(), clock.instant());
        try {
            em.persist(order);
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("ORDER_EXISTS", "Another order is open on this entitlement");
        }
        audit.record(ENTITY, order.id(), "DRAFTED", null, order.auditSummary());
        return order;
    }

    /**
     * The stay of a sanatorium order from the day of arrival asked: required for a sanatorium type
     * ({@code ARRIVAL_DATE_REQUIRED}), refused for any other ({@code ARRIVAL_DATE_NOT_APPLICABLE}), after the day
     * the supplier's decision would be due if the order were signed today and within the entitlement.
     */
    private Optional<SanatoriumStay> stay(ClassifierType type, LocalDate arrival, Measure m) {
        if (!type.sanatorium()) {
            if (arrival != null) {
                throw DomainException.rule("ARRIVAL_DATE_NOT_APPLICABLE", "Only a sanatorium stay has a day of arrival");
            }
            return Optional.empty();
        }
        if (arrival == null) {
            throw DomainException.rule("ARRIVAL_DATE_REQUIRED", "A sanatorium stay names the day of arrival");
        }
        checkArrival(arrival, m);
        int days = SanatoriumStay.stayDays(type.code().value());
        return Optional.of(SanatoriumStay.of(arrival, days, calendar));
    }

    /** The arrival is after the decision due if the order were signed today, and within the entitlement. */
    private void checkArrival(LocalDate arrival, Measure m) {
        SanatoriumStay.checkArrival(arrival, decisionDueDay(KzTime.today(clock)), m.iprValidTo());
    }

    /** The earliest day of arrival a stay ordered today may name: the day after the decision would be due. */
    public LocalDate earliestArrival() {
        return decisionDueDay(KzTime.today(clock)).plusDays(1);
    }

    private LocalDate decisionDueDay(LocalDate signedOn) {
        return calendar.addWorkingDays(signedOn, decisionWorkingDays);
    }

    /** The product as it may be ordered for the measure now, priced in the measure's region. */
    private Products.Details orderable(long productId, Measure m) {
        Products.Details d;
        try {
            d = products.details(productId, m.regionCode());
        } catch (DomainException e) {
            throw DomainException.rule("PRODUCT_UNAVAILABLE", "This product is not offered");
        }
        if (!d.product().classifierCode().value().equals(m.classifierCode())) {
            throw DomainException.rule("PRODUCT_TYPE_MISMATCH", "The entitlement is for " + m.classifierCode() + ", the product is "
                    + d.product().classifierCode());
        }
        if (!d.supplier().takesNewOrders()) {
            throw DomainException.rule("SUPPLIER_NOT_LISTED", "The supplier takes no new orders (" + d.supplier().status() + ")");
        }
        if (!d.product().offered()) {
            throw DomainException.rule("PRODUCT_UNAVAILABLE", "This product is not available now");
        }
        if (!d.product().regions().contains(m.regionCode()) || !d.supplier().regions().contains(m.regionCode())) {
            throw DomainException.rule("REGION_NOT_SERVED", "The product is not offered in region " + m.regionCode());
        }
        return d;
    }

    /**
     * The rules beyond the entitlement, on what the beneficiary received and has on order (other than
     * {@code except}): the replacement period, the wheelchair combination, the yearly norm, which
     * says how many units the state pays for, and the quarterly minimum.
     */
    private int covered(Measure m, ClassifierType type, int quantity, Long except) {
        LocalDate today = KzTime.today(clock);
        List<OrderingRules.Held> held = new java.util.ArrayList<>();
        for (Order o : em.createNamedQuery("Order.ofBeneficiary", Order.class).setParameter("iin", m.iin()).getResultList()) {
            if (o.id().equals(except)) {
                continue;
            }
            boolean received = o.status() == OrderStatus.COMPLETED || o.status() == OrderStatus.REIMBURSED;
            boolean onOrder = o.status() == OrderStatus.SUBMITTED || o.status() == OrderStatus.ACCEPTED
                    || o.status() == OrderStatus.DELIVERED_BY_SUPPLIER;
            if (received || onOrder) {
                Instant on = received ? o.completedAt().orElseThrow() : o.submittedAt().orElseThrow();
                held.add(new OrderingRules.Held(classifier.type(new ClassifierCode(o.classifierCode())), o.quantity(),
                        on.atZone(KzTime.ALMATY).toLocalDate(), received));
            }
        }
        OrderingRules.checkReplacement(type, today, held);
        OrderingRules.checkWheelchairs(type, today, held);
        int covered = OrderingRules.coveredUnits(type, quantity, today, held);
        OrderingRules.checkQuarterlyMinimum(type, quantity, m.remainingQuantity(), today, held);
        return covered;
    }

    /** The order and reimbursement application as the beneficiary signs it; a draft shows today's amounts. */
    @Transactional
    public SignableDocument document(long orderId) {
        Order o = beneficiaryOrder(orderId, true);
        if (o.status() == OrderStatus.DRAFT) {
            Measure m = entitlements.find(o.measureId());
            Products.Details product = orderable(o.productId(), m);
            o.reprice(product.pricing(), covered(m, product.type(), o.quantity(), o.id()));
        }
        return orderDocument(o);
    }

    SignableDocument orderDocument(Order o) {
        Map<String, Object> content = header("ORDER", o);
        content.put("beneficiaryIin", o.iin());
        content.put("measureId", o.measureId());
        content.put("product", Map.of("id", o.productId(), "name", o.productName(), "classifierCode", o.classifierCode()));
        content.put("region", o.regionCode());
        content.put("quantity", o.quantity());
        content.put("price", o.price().toString());
        content.put("guaranteedSum", o.guaranteedSum().toString());
        content.put("stateAmount", o.stateAmount().toString());
        content.put("topUp", o.topUp().toString());
        content.put("total", o.total().toString());
        o.stay().ifPresent(stay -> {
            content.put("arrivalDate", stay.arrival().toString());
            content.put("departureDue", stay.lastDay().toString());
        });
        content.put("application", "REIMBURSEMENT_OF_GUARANTEED_SUM_TO_SUPPLIER");
        return documents.of("ORDER", o.number(), content);
    }

    /**
     * The beneficiary (or representative) signs: the amounts must still be those shown; the order is
     * submitted and the supplier must decide within five working days.
     */
    @Transactional
    public Order sign(long orderId, String cms) {
        Order o = beneficiaryOrder(orderId, true);
        Measure m = entitlements.selectableForOrder(o.measureId());
        Products.Details product = orderable(o.productId(), m);
        Pricing now = product.pricing();
        int covered = covered(m, product.type(), o.quantity(), o.id());
        if (o.stay().isPresent()) {
            // A draft kept too long: the supplier could no longer decide before the arrival.
            checkArrival(o.stay().get().arrival(), m);
        }
        SignatureEvidence evidence = signatures.accept(orderDocument(o), cms, SignatureRequirement.person(caller.require().iin()));
        String before = o.auditSummary();
        LocalDate today = KzTime.today(clock);
        Instant due = KzTime.endOf(decisionDueDay(today));
        o.submit(now, covered, evidence.id(), clock.instant(), due);
        events.fire(OrderSigned.of(o));
        entitlements.ordered(o.measureId(), o.quantity());
        audit.record(ENTITY, o.id(), "SUBMITTED", before, o.auditSummary());
        toBeneficiary(o, m, NoticeType.ORDER_SUBMITTED, Map.of("due", dueDay(o)));
        toSupplier(o, NoticeType.SUPPLIER_NEW_ORDER, Map.of("due", dueDay(o)));
        return o;
    }

    /** The acceptance as the supplier's signatory signs it. */
    public SignableDocument acceptanceDocument(long orderId) {
        Order o = supplierOrder(orderId);
        Map<String, Object> content = header("ORDER_ACCEPTANCE", o);
        content.put("supplier", party(o.supplierId()));
        content.put("decision", "ACCEPT");
        content.put("orderSha256", orderDocument(o).sha256());
        return documents.of("ORDER_ACCEPTANCE", o.number(), content);
    }

    @Transactional
    public Order accept(long orderId, String cms) {
        Order o = lockedSupplierOrder(orderId);
        SignatureEvidence evidence = signatures.accept(acceptanceDocument(orderId), cms, suppliers.signatory(o.supplierId()));
        String before = o.auditSummary();
        o.accept(evidence.id(), clock.instant());
        audit.record(ENTITY, o.id(), "ACCEPTED", before, o.auditSummary());
        toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_ACCEPTED, Map.of());
        return o;
    }

    /** The refusal with its coded reason, as the supplier's signatory signs it. */
    public SignableDocument refusalDocument(long orderId, RefusalReason reason) {
        Order o = supplierOrder(orderId);
        if (reason == null) {
            throw DomainException.invalid("VALIDATION_FAILED", "reason is one of " + List.of(RefusalReason.values()));
        }
        Map<String, Object> content = header("ORDER_REFUSAL", o);
        content.put("supplier", party(o.supplierId()));
        content.put("decision", "REFUSE");
        content.put("reason", reason.name());
        content.put("orderSha256", orderDocument(o).sha256());
        return documents.of("ORDER_REFUSAL", o.number() + "-" + reason.name(), content);
    }

    @Transactional
    public Order refuse(long orderId, RefusalReason reason, String cms) {
        Order o = lockedSupplierOrder(orderId);
        SignatureEvidence evidence = signatures.accept(refusalDocument(orderId, reason), cms, suppliers.signatory(o.supplierId()));
        String before = o.auditSummary();
        o.refuse(reason, evidence.id(), clock.instant());
        events.fire(OrderReleased.of(o));
        audit.record(ENTITY, o.id(), "REFUSED", before, o.auditSummary());
        entitlements.reopenAfterOrder(o.measureId());
        toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_REFUSED, Map.of("reason", reason.name()));
        return o;
    }

    /** The supplier records the top-up the beneficiary paid. */
    @Transactional
    public Order topUpReceived(long orderId, Money amount, String reference) {
        Order o = lockedSupplierOrder(orderId);
        String before = o.auditSummary();
        o.topUpReceived(amount, reference);
        audit.record(ENTITY, o.id(), "TOP_UP_RECEIVED", before, o.auditSummary() + " paid=" + amount + " ref=" + reference.strip());
        return o;
    }

    /** The delivery act as the supplier's signatory signs it. */
    public SignableDocument deliveryDocument(long orderId) {
        Order o = supplierOrder(orderId);
        if (isService(o)) {
            throw DomainException.conflict("SERVICE_ORDER_USES_MONTHLY_ACTS",
                    "An hourly service is not delivered at once: the supplier files an act for each month of service");
        }
        o.requireDepartureIfStay();
        Map<String, Object> content = header("ORDER_DELIVERY_ACT", o);
        content.put("supplier", party(o.supplierId()));
        content.put("beneficiaryIin", o.iin());
        content.put("product", Map.of("id", o.productId(), "name", o.productName()));
        content.put("quantity", o.quantity());
        content.put("topUpPaid", o.topUpPaid().map(Money::toString).orElse("0.00"));
        o.arrivedOn().ifPresent(d -> content.put("arrivedOn", d.toString()));
        o.departedOn().ifPresent(d -> content.put("departedOn", d.toString()));
        content.put("orderSha256", orderDocument(o).sha256());
        return documents.of("ORDER_DELIVERY_ACT", o.number(), content);
    }

    @Transactional
    public Order deliver(long orderId, String cms) {
        Order o = lockedSupplierOrder(orderId);
        SignatureEvidence evidence = signatures.accept(deliveryDocument(orderId), cms, suppliers.signatory(o.supplierId()));
        String before = o.auditSummary();
        o.delivered(evidence.id(), clock.instant());
        audit.record(ENTITY, o.id(), "DELIVERED", before, o.auditSummary());
        toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_DELIVERED, Map.of());
        return o;
    }

    /** The receipt as the beneficiary (or representative) signs it. */
    public SignableDocument receiptDocument(long orderId) {
        Order o = beneficiaryOrder(orderId, false);
        return receiptDocument(o, orderDocument(o).sha256());
    }

    /** The receipt of the order whose signed document has the digest {@code orderSha256}. */
    private SignableDocument receiptDocument(Order o, String orderSha256) {
        Map<String, Object> content = header("ORDER_RECEIPT", o);
        content.put("beneficiaryIin", o.iin());
        content.put("quantity", o.quantity());
        content.put("received", true);
        content.put("orderSha256", orderSha256);
        return documents.of("ORDER_RECEIPT", o.number(), content);
    }

    @Transactional
    public Order confirmReceipt(long orderId, String cms) {
        Order o = beneficiaryOrder(orderId, true);
        String orderSha256 = orderDocument(o).sha256();
        SignatureEvidence evidence = signatures.accept(receiptDocument(o, orderSha256), cms,
                SignatureRequirement.person(caller.require().iin()));
        String before = o.auditSummary();
        o.received(evidence.id(), clock.instant());
        events.fire(OrderCompleted.of(o, orderSha256));
        entitlements.receivedOnOrder(o.measureId(), o.quantity());
        audit.record(ENTITY, o.id(), "COMPLETED", before, o.auditSummary());
        toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_COMPLETED, Map.of());
        return o;
    }

    /**
     * A cancellation where the rules allow it: by the supplier's staff, a stay the supplier cancels for a coded
     * reason ({@link #cancelBySupplier}); otherwise the beneficiary's.
     */
    @Transactional
    public Order cancel(long orderId, String reason) {
        if (caller.require().worksFor(find(orderId).supplierId()) && !representations.callerActsFor(find(orderId).iin())) {
            return cancelBySupplier(orderId, supplierReason(reason));
        }
        return cancelByBeneficiary(orderId, reason);
    }

    private static SupplierCancellationReason supplierReason(String reason) {
        try {
            return SupplierCancellationReason.valueOf(reason == null ? "" : reason.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("VALIDATION_FAILED", "reason is one of " + List.of(SupplierCancellationReason.values()));
        }
    }

    /**
     * The beneficiary cancels before the supplier decided, or an accepted stay until three working days before
     * arrival; the entitlement opens again (after a stay, for a new choice within a month) and the supplier is told.
     */
    @Transactional
    public Order cancelByBeneficiary(long orderId, String reason) {
        Order o = beneficiaryOrder(orderId, true);
        boolean submitted = o.status() == OrderStatus.SUBMITTED;
        boolean accepted = o.status() == OrderStatus.ACCEPTED;
        String before = o.auditSummary();
        o.cancelByBeneficiary(reason, clock.instant());
        events.fire(OrderReleased.of(o));
        audit.record(ENTITY, o.id(), "CANCELLED", before, o.auditSummary());
        if (submitted) {
            entitlements.reopenAfterOrder(o.measureId());
            toSupplier(o, NoticeType.ORDER_CANCELLED, Map.of());
        } else if (accepted) {
            entitlements.reopenAfterCancelledStay(o.measureId());
            toSupplier(o, NoticeType.ORDER_CANCELLED, Map.of("reason", o.closedReason().orElse("")));
        }
        return o;
    }

    /**
     * The sanatorium's signatory cancels a stay it accepted, for a coded reason, until three working days before
     * arrival: the beneficiary chooses again within a month and is told.
     */
    @Transactional
    public Order cancelBySupplier(long orderId, SupplierCancellationReason reason) {
        Order o = lockedSupplierOrder(orderId);
        if (!caller.require().hasRole(Role.SUPPLIER_SIGNATORY)) {
            throw DomainException.forbidden("Only the supplier's signatory cancels an accepted stay");
        }
        String before = o.auditSummary();
        o.cancelBySupplier(reason, clock.instant());
        events.fire(OrderReleased.of(o));
        audit.record(ENTITY, o.id(), "CANCELLED_BY_SUPPLIER", before, o.auditSummary());
        entitlements.reopenAfterCancelledStay(o.measureId());
        toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_CANCELLED, Map.of("reason", reason.name()));
        return o;
    }

    /** The supplier records the day the beneficiary arrived at the sanatorium. */
    @Transactional
    public Order arrived(long orderId, LocalDate on) {
        Order o = lockedSupplierOrder(orderId);
        String before = o.auditSummary();
        o.arrived(on, KzTime.today(clock));
        audit.record(ENTITY, o.id(), "ARRIVED", before, o.auditSummary());
        return o;
    }

    /** The supplier records the day the beneficiary left: the act of services rendered may then be signed. */
    @Transactional
    public Order departed(long orderId, LocalDate on) {
        Order o = lockedSupplierOrder(orderId);
        String before = o.auditSummary();
        o.departed(on, KzTime.today(clock));
        audit.record(ENTITY, o.id(), "DEPARTED", before, o.auditSummary());
        return o;
    }

    /**
     * The supplier records that the beneficiary did not come: the order closes as NO_SHOW, what it held is
     * released, the entitlement goes back to the general queue, and the beneficiary is told.
     */
    @Transactional
    public Order noShow(long orderId) {
        Order o = lockedSupplierOrder(orderId);
        String before = o.auditSummary();
        o.noShow(KzTime.today(clock), clock.instant());
        events.fire(OrderReleased.of(o));
        audit.record(ENTITY, o.id(), "NO_SHOW", before, o.auditSummary());
        entitlements.requeueAfterNoShow(o.measureId());
        toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_NO_SHOW,
                Map.of("arrival", o.stay().orElseThrow().arrival().toString()));
        return o;
    }

    /**
     * Orders whose decision is overdue expire, count against their supplier, and reopen the entitlement;
     * a supplier whose expired orders within the policy window reach the threshold has exclusion
     * proceedings opened.
     */
    @Transactional
    public int expireOverdue() {
        int expired = 0;
        java.util.Set<Long> counted = new java.util.TreeSet<>();
        for (Order o : em.createNamedQuery("Order.decisionOverdue", Order.class).setParameter("now", clock.instant())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            String before = o.auditSummary();
            if (o.expireIfDue(clock.instant())) {
                events.fire(OrderReleased.of(o));
                audit.record(ENTITY, o.id(), "EXPIRED", before, o.auditSummary());
                entitlements.reopenAfterOrder(o.measureId());
                toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_EXPIRED, Map.of());
                counted.add(o.supplierId());
                expired++;
            }
        }
        for (long supplierId : counted) {
            Instant since = clock.instant().atZone(KzTime.ALMATY).minus(policy.unansweredWindow()).toInstant();
            List<String> recent = em.createQuery("SELECT o FROM Order o WHERE o.supplierId = :s AND o.status = :expired"
                    + " AND o.statusSince >= :since ORDER BY o.id", Order.class).setParameter("s", supplierId)
                    .setParameter("expired", OrderStatus.EXPIRED).setParameter("since", since).getResultStream()
                    .map(Order::number).toList();
            registry.unansweredOrders(supplierId, recent);
        }
        return expired;
    }

    /**
     * A delisted supplier's undecided orders are cancelled and the beneficiaries choose again, in the
     * transaction of the decision that delisted it.
     */
    void supplierLeft(@Observes SupplierStandingChanged change) {
        if (change.to() != SupplierStatus.DELISTED) {
            return;
        }
        for (Order o : em.createNamedQuery("Order.undecidedOfSupplier", Order.class).setParameter("supplier", change.supplierId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            boolean submitted = o.status() == OrderStatus.SUBMITTED;
            String before = o.auditSummary();
            o.cancelForSupplierDelisted(clock.instant());
            events.fire(OrderReleased.of(o));
            audit.record(ENTITY, o.id(), "CANCELLED", before, o.auditSummary());
            if (submitted) {
                entitlements.reopenAfterOrder(o.measureId());
                toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_CANCELLED, Map.of());
            }
        }
    }

    /**
     * A beneficiary died or moved: orders at the delivery stage go back to their suppliers, in the
     * transaction that recorded the departure.
     */
    void beneficiaryLeft(@Observes BeneficiaryLeft left) {
        for (Order o : em.createNamedQuery("Order.openOfBeneficiary", Order.class).setParameter("iin", left.iin())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (left.newRegion() != null && left.newRegion().equals(o.regionCode())) {
                continue;
            }
            String before = o.auditSummary();
            o.returnToSupplier(left.why(), left.on(), clock.instant());
            events.fire(OrderReleased.of(o));
            audit.record(ENTITY, o.id(), "RETURNED", before, o.auditSummary());
            entitlements.closedWithOrder(o.measureId(), left.why());
            toSupplier(o, NoticeType.ORDER_RETURNED, Map.of());
        }
    }

    /** An order of a type counted in hours: in service after acceptance, paid month by month against acts. */
    public boolean isService(Order o) {
        return classifier.type(new ClassifierCode(o.classifierCode())).hourly();
    }

    /** An order its reader may see: the beneficiary or representative, the supplier's staff, the akimat, the authority. */
    public Order visible(long orderId) {
        Order o = find(orderId);
        KepilPrincipal who = caller.require();
        boolean party = representations.callerActsFor(o.iin())
                || who.worksFor(o.supplierId())
                || (who.hasRole(Role.AKIMAT_SPECIALIST) && o.akimatCode().equals(who.akimatCode()))
                || who.hasRole(Role.AUTHORITY) || who.hasRole(Role.AUDITOR);
        if (!party) {
            throw DomainException.notFound("order", orderId);
        }
        return o;
    }

    /**
     * The caller's orders: a supplier's for its staff (by decision due), an akimat's for its specialists,
     * otherwise the beneficiary's own and those of the people they represent today.
     */
    public List<Order> mine(OrderStatus status) {
        KepilPrincipal who = caller.require();
        List<Order> found;
        if (who.supplierId() != null && (who.hasRole(Role.SUPPLIER_MANAGER) || who.hasRole(Role.SUPPLIER_SIGNATORY))) {
            found = em.createNamedQuery("Order.ofSupplier", Order.class).setParameter("supplier", who.supplierId())
                    .setMaxResults(1000).getResultList();
        } else if (who.hasRole(Role.AKIMAT_SPECIALIST) && who.akimatCode() != null) {
            found = em.createQuery("SELECT o FROM Order o WHERE o.akimatCode = :a ORDER BY o.id DESC", Order.class)
                    .setParameter("a", who.akimatCode()).setMaxResults(1000).getResultList();
        } else {
            found = em.createNamedQuery("Order.ofBeneficiaries", Order.class)
                    .setParameter("iins", representations.peopleOfCaller()).setMaxResults(1000).getResultList();
        }
        return found.stream().filter(o -> status == null || o.status() == status).toList();
    }

    public Order find(long orderId) {
        return Optional.ofNullable(em.find(Order.class, orderId)).orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    Order beneficiaryOrder(long orderId, boolean lock) {
        Order o = find(orderId);
        if (!representations.callerActsFor(o.iin())) {
            throw DomainException.notFound("order", orderId);
        }
        return lock ? em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE) : o;
    }

    Order supplierOrder(long orderId) {
        Order o = find(orderId);
        if (!caller.require().worksFor(o.supplierId())) {
            throw DomainException.notFound("order", orderId);
        }
        return o;
    }

    Order lockedSupplierOrder(long orderId) {
        supplierOrder(orderId);
        return em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    static Map<String, Object> header(String type, Order o) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("documentType", type);
        content.put("orderId", o.id());
        content.put("orderNumber", o.number());
        return content;
    }

    Map<String, Object> party(long supplierId) {
        SupplierStandings.Party p = suppliers.party(supplierId);
        return Map.of("id", p.id(), "name", p.name(), p.kind().equals("LEGAL_ENTITY") ? "bin" : "iin", p.identifier());
    }

    private static String dueDay(Order o) {
        return o.decisionDue().map(d -> KzTime.lastDayBefore(d).toString()).orElse("");
    }

    void toBeneficiary(Order o, Measure m, NoticeType type, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>(extra);
        params.put(Notice.AKIMAT, o.akimatCode());
        params.put("order", o.number());
        params.put("product", o.productName());
        notifications.notify(new Notice(type, o.iin(), m.fullName(), m.birthDate(), null, m.phone().orElse(null), o.number(),
                o.classifierCode(), null, params));
    }

    void toSupplier(Order o, NoticeType type, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>(extra);
        params.put("order", o.number());
        params.put("product", o.productName());
        SupplierStandings.Party p = suppliers.party(o.supplierId());
        notifications.notify(new Notice(type, null, p.name(), null, p.id(), p.phone(), o.number(), o.classifierCode(), null,
                params));
    }
}
