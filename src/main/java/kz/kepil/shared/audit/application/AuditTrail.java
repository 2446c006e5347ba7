package kz.kepil.shared.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import kz.kepil.shared.audit.domain.AuditChainHead;
import kz.kepil.shared.audit.domain.AuditEvent;
import kz.kepil.shared.audit.domain.AuditRecord;

import java.security.Principal;
import java.time.Clock;

/**
 * Appends to the audit trail inside the caller's transaction, so the event is written if and only if
 * the change it describes is committed. The chain head is locked for the rest of that transaction:
 * appends are serialised and the chain has no forks.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor recorded when nobody is signed in: start-up, timers, integrations. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String entityType, Object entityId, String action, String before, String after) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: the migrations were not applied");
        }
        AuditRecord record = new AuditRecord(head.lastSeq() + 1, clock.instant(), actor(), entityType,
                String.valueOf(entityId), action, before, after);
        AuditEvent event = head.append(record);
        em.persist(event);
        return event;
    }

    /** Who acts in the current request, as the trail records it: {@code iin:} and the caller, else {@link #SYSTEM}. */
    public String actor() {
        Principal caller;
        try {
            caller = security.getCallerPrincipal();
        } catch (RuntimeException e) {
            // No request, hence no caller: a background task.
            caller = null;
        }
        return caller == null ? SYSTEM : "iin:" + caller.getName();
    }
}
