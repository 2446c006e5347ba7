package kz.kepil.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.notification.application.NoticeType;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.ordering.domain.OrderingRules;
import kz.kepil.ordering.domain.ServiceAct;
import kz.kepil.ordering.domain.ServiceActStatus;
import kz.kepil.ordering.domain.ServiceSheet;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.application.CanonicalDocuments;
import kz.kepil.signing.application.SignableDocument;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hourly services paid monthly against acts (DOMAIN.md §4.9, §6). An accepted order of a type counted in
 * hours stays in service: for each ended month its supplier's signatory signs the act with the service sheet,
 * the beneficiary (or representative) confirms it with EDS, and reimbursement makes a claim of it. The order
 * is COMPLETED by the confirmation that brings the confirmed hours to the hours ordered. After the
 * beneficiary's death (the order RETURNED) the acts for the time before are filed within a month and count as
 * confirmed without their signature.
 */
@ApplicationScoped
public class ServiceActs {

    static final String ENTITY = "ServiceAct";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Orders orders;

    @Inject
    Classifier classifier;

    @Inject
    SupplierStandings suppliers;

    @Inject
    Signatures signatures;

    @Inject
    CanonicalDocuments documents;

    @Inject
    Entitlements entitlements;

    /** ServiceActConfirmed: observed in the same transaction (reimbursement's claims and budget). */
    @Inject
    Event<Object> events;

    /** A month's act of a service order, as the supplier's signatory signs it; the sheet checked first. */
    public SignableDocument actDocument(long orderId, YearMonth month, Map<LocalDate, Integer> days) {
        Order o = serviceOrder(orders.supplierOrder(orderId));
        Draft d = draft(o, month, days);
        return actDocument(o, d.sheet(), d.covered(), orders.orderDocument(o).sha256());
    }

    private record Draft(ServiceSheet sheet, int covered) {
    }

    private Draft draft(Order o, YearMonth month, Map<LocalDate, Integer> days) {
        LocalDate diedOn = o.diedOn().orElse(null);
        if (o.status() != OrderStatus.ACCEPTED && diedOn == null) {
            throw DomainException.conflict("ORDER_NOT_IN_SERVICE", "Acts are filed for an accepted order in service, not a "
                    + o.status() + " one");
        }
        if (diedOn != null && KzTime.today(clock).isAfter(ServiceSheet.lastFilingDayAfterDeath(diedOn))) {
            throw DomainException.rule("ACT_FILING_PERIOD_ENDED", "The beneficiary died on " + diedOn
                    + "; the acts for the time before were due within a month, by " + ServiceSheet.lastFilingDayAfterDeath(diedOn));
        }
        List<ServiceAct> acts = of(o.id());
        if (month != null && acts.stream().anyMatch(a -> a.month().equals(month))) {
            throw DomainException.conflict("ACT_ALREADY_FILED", "The act for " + month + " was filed already");
        }
        int left = o.quantity() - acts.stream().mapToInt(ServiceAct::hours).sum();
        ClassifierType type = classifier.type(new ClassifierCode(o.classifierCode()));
        LocalDate acceptedOn = o.decidedAt().orElseThrow().atZone(KzTime.ALMATY).toLocalDate();
        ServiceSheet sheet = ServiceSheet.checked(month, days, type.dailyMax(), acceptedOn, KzTime.today(clock), left, diedOn);
        return new Draft(sheet, covered(o, type, sheet));
    }

    /**
     * The hours of the act within the yearly norm of the type's norm group, after the hours of the
     * beneficiary's earlier acts in that calendar year; above it the hours are the beneficiary's own expense
     * (sign-language specialist: 60 a year), or the act is refused where the excess is not allowed.
     */
    private int covered(Order o, ClassifierType type, ServiceSheet sheet) {
        List<Long> ids = em.createQuery("SELECT o.id FROM Order o WHERE o.iin = :iin", Long.class).setParameter("iin", o.iin())
                .getResultList();
        List<OrderingRules.Held> held = new ArrayList<>();
        for (ServiceAct a : em.createNamedQuery("ServiceAct.ofOrders", ServiceAct.class).setParameter("orders", ids).getResultList()) {
            Order of = em.find(Order.class, a.orderId());
            held.add(new OrderingRules.Held(classifier.type(new ClassifierCode(of.classifierCode())), a.hours(),
                    a.month().atDay(1), true));
        }
        return OrderingRules.coveredUnits(type, sheet.hours(), sheet.month().atDay(1), held);
    }

    /** {@code orderSha256}: the digest of the order's signed document, which the act names. */
    private SignableDocument actDocument(Order o, ServiceSheet sheet, int covered, String orderSha256) {
        Pricing.Amounts a = ServiceAct.amounts(o, sheet.hours(), covered);
        Map<String, Object> content = Orders.header("SERVICE_ACT", o);
        content.put("supplier", orders.party(o.supplierId()));
        content.put("beneficiaryIin", o.iin());
        content.put("service", Map.of("classifierCode", o.classifierCode(), "name", o.productName()));
        content.put("month", sheet.month().toString());
        Map<String, Object> days = new LinkedHashMap<>();
        sheet.days().forEach((day, hours) -> days.put(day.toString(), hours));
        content.put("days", days);
        content.put("hours", sheet.hours());
        content.put("coveredHours", covered);
        content.put("ownExpenseHours", sheet.hours() - covered);
        content.put("pricePerHour", a.price().toString());
        content.put("guaranteedSumPerHour", o.guaranteedSum().toString());
        content.put("stateAmount", a.stateAmount().toString());
        content.put("topUp", a.topUp().toString());
        content.put("total", a.total().toString());
        content.put("dueBy", ServiceSheet.dueBy(sheet.month()).toString());
        o.diedOn().ifPresent(d -> content.put("beneficiaryDiedOn", d.toString()));
        content.put("orderSha256", orderSha256);
        return documents.of("SERVICE_ACT", "O-" + o.id() + "/" + sheet.month(), content);
    }

    /** The supplier's signatory files the month's act with its signature over the document of the same sheet. */
    @Transactional
    public ServiceAct file(long orderId, YearMonth month, Map<LocalDate, Integer> days, String cms) {
        Order o = serviceOrder(orders.lockedSupplierOrder(orderId));
        Draft d = draft(o, month, days);
        String orderSha256 = orders.orderDocument(o).sha256();
        SignableDocument document = actDocument(o, d.sheet(), d.covered(), orderSha256);
        SignatureEvidence evidence = signatures.accept(document, cms, suppliers.signatory(o.supplierId()));
        ServiceAct act = new ServiceAct(o, d.sheet(), d.covered(), document.sha256(), evidence.id(), caller.require().iin(),
                clock.instant(), KzTime.today(clock));
        try {
            em.persist(act);
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("ACT_ALREADY_FILED", "The act for " + month + " was filed already");
        }
        audit.record(ENTITY, act.id(), "SUBMITTED", null, act.auditSummary());
        if (o.diedOn().isPresent()) {
            String before = act.auditSummary();
            act.confirmAfterDeath(clock.instant());
            audit.record(ENTITY, act.id(), "CONFIRMED", before, act.auditSummary());
            events.fire(confirmed(o, orderSha256, act, null, false));
        } else {
            orders.toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_ACT_FILED, actParams(act));
        }
        return act;
    }

    /** The confirmation of an act as the beneficiary (or representative) signs it. */
    public SignableDocument confirmationDocument(long orderId, long actId) {
        Order o = orders.beneficiaryOrder(orderId, false);
        return confirmationDocument(o, orders.orderDocument(o).sha256(), act(o, actId));
    }

    private SignableDocument confirmationDocument(Order o, String orderSha256, ServiceAct act) {
        Map<String, Object> content = Orders.header("SERVICE_ACT_CONFIRMATION", o);
        content.put("actId", act.id());
        content.put("actNumber", act.number());
        content.put("beneficiaryIin", o.iin());
        content.put("month", act.month().toString());
        content.put("hours", act.hours());
        content.put("stateAmount", act.amounts().stateAmount().toString());
        content.put("topUp", act.amounts().topUp().toString());
        content.put("confirmed", true);
        content.put("actSha256", act.documentSha256());
        content.put("orderSha256", orderSha256);
        return documents.of("SERVICE_ACT_CONFIRMATION", act.number(), content);
    }

    /**
     * The beneficiary confirms the act (an act filed after their death needs no confirmation): it becomes a claim; when the confirmed hours reach the hours ordered
     * the order is COMPLETED and the entitlement fulfilled.
     */
    @Transactional
    public ServiceAct confirm(long orderId, long actId, String cms) {
        Order o = orders.beneficiaryOrder(orderId, true);
        ServiceAct act = act(o, actId);
        if (act.status() != ServiceActStatus.SUBMITTED) {
            throw DomainException.conflict("ACT_ALREADY_CONFIRMED", "Act " + act.number() + " is " + act.status());
        }
        String orderSha256 = orders.orderDocument(o).sha256();
        SignableDocument document = confirmationDocument(o, orderSha256, act);
        SignatureEvidence evidence = signatures.accept(document, cms, SignatureRequirement.person(caller.require().iin()));
        String before = act.auditSummary();
        act.confirm(evidence.id(), clock.instant());
        audit.record(ENTITY, act.id(), "CONFIRMED", before, act.auditSummary());
        int confirmed = of(o.id()).stream().filter(a -> a.status() == ServiceActStatus.CONFIRMED).mapToInt(ServiceAct::hours).sum();
        boolean completes = confirmed >= o.quantity() && o.status() == OrderStatus.ACCEPTED;
        if (completes) {
            String orderBefore = o.auditSummary();
            o.serviceCompleted(clock.instant());
            entitlements.receivedOnOrder(o.measureId(), o.quantity());
            audit.record(Orders.ENTITY, o.id(), "COMPLETED", orderBefore, o.auditSummary() + " hours confirmed=" + confirmed);
        }
        events.fire(confirmed(o, orderSha256, act, evidence.id(), completes));
        orders.toSupplier(o, NoticeType.SUPPLIER_ACT_CONFIRMED, actParams(act));
        if (completes) {
            orders.toBeneficiary(o, entitlements.find(o.measureId()), NoticeType.ORDER_COMPLETED, Map.of());
        }
        return act;
    }

    private static Map<String, String> actParams(ServiceAct act) {
        return Map.of("month", act.month().toString(), "hours", Integer.toString(act.hours()));
    }

    private ServiceActConfirmed confirmed(Order o, String orderSha256, ServiceAct act, Long confirmationSignatureId, boolean completes) {
        return new ServiceActConfirmed(o.id(), o.number(), o.akimatCode(), o.supplierId(), o.iin(), o.measureId(),
                o.classifierCode(), act.id(), act.number(), act.month(), act.hours(), act.late(), o.guaranteedSum(),
                act.amounts().stateAmount(), o.submittedAt().orElseThrow(), act.confirmedAt().orElseThrow(), orderSha256,
                act.documentSha256(), o.orderSignatureId().orElseThrow(), o.decisionSignatureId().orElseThrow(),
                act.actSignatureId(), confirmationSignatureId, act.afterDeath(), completes);
    }

    /** The acts of an order its reader may see, by month. */
    public List<ServiceAct> visible(long orderId) {
        return of(orders.visible(orderId).id());
    }

    public List<ServiceAct> of(long orderId) {
        return em.createNamedQuery("ServiceAct.ofOrder", ServiceAct.class).setParameter("order", orderId).getResultList();
    }

    private ServiceAct act(Order o, long actId) {
        ServiceAct act = em.find(ServiceAct.class, actId);
        if (act == null || act.orderId() != o.id()) {
            throw DomainException.notFound("act", actId);
        }
        return act;
    }

    private Order serviceOrder(Order o) {
        if (!orders.isService(o)) {
            throw DomainException.conflict("NOT_A_SERVICE_ORDER", "Monthly acts are filed for hourly services only");
        }
        return o;
    }
}
