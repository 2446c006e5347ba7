package kz.kepil.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.kepil.ordering.domain.Order;
import kz.kepil.reimbursement.application.ClaimReimbursed;
import kz.kepil.reimbursement.application.ServiceActReimbursed;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.error.DomainException;

/**
 * A paid claim makes its COMPLETED order REIMBURSED, in the transaction of the payment; an hourly service
 * order is REIMBURSED once it is completed and the claims of all its acts are paid.
 */
@ApplicationScoped
public class ReimbursedOrders {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Orders orders;

    /** A paid act is audited on its act; a completed service order whose acts are all paid is REIMBURSED. */
    void actReimbursed(@Observes ServiceActReimbursed paid) {
        Order o = em.find(Order.class, paid.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw DomainException.notFound("order", paid.orderId());
        }
        audit.record(ServiceActs.ENTITY, paid.actId(), "REIMBURSED", null, "order=" + o.number() + " claim=" + paid.claimId());
        if (paid.allActsPaid() && o.status() == kz.kepil.ordering.domain.OrderStatus.COMPLETED) {
            String before = o.auditSummary();
            o.reimbursed(paid.at());
            audit.record(Orders.ENTITY, o.id(), "REIMBURSED", before, o.auditSummary() + " all acts paid");
        }
    }

    void claimReimbursed(@Observes ClaimReimbursed paid) {
        Order o = em.find(Order.class, paid.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw DomainException.notFound("order", paid.orderId());
        }
        if (orders.isService(o)) {
            return;
        }
        String before = o.auditSummary();
        o.reimbursed(paid.at());
        audit.record(Orders.ENTITY, o.id(), "REIMBURSED", before, o.auditSummary() + " register=R-" + paid.registerId()
                + " ref=" + paid.bankReference() + " paidOn=" + paid.paidOn());
    }
}
