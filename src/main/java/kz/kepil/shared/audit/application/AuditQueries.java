package kz.kepil.shared.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.shared.audit.domain.AuditChainHead;
import kz.kepil.shared.audit.domain.AuditEvent;
import kz.kepil.shared.audit.domain.ChainReport;
import kz.kepil.shared.audit.domain.ChainVerifier;

import java.util.List;

/** Reading the audit trail and checking that it is intact. */
@ApplicationScoped
public class AuditQueries {

    private static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    /** The newest events about one aggregate type, or one aggregate when {@code id} is given. */
    public List<AuditEvent> forEntity(String entityType, String id, int limit) {
        return em.createNamedQuery("AuditEvent.forEntity", AuditEvent.class)
                .setParameter("type", entityType)
                .setParameter("id", id)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Recomputes the whole chain, a page at a time, up to the head as it was when the check began:
     * events appended meanwhile are left for the next check.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChainReport verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long upTo = head.lastSeq();
        String headHash = head.lastHash();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (!verifier.isBroken()) {
            List<AuditEvent> page = em.createQuery(
                            "SELECT e FROM AuditEvent e WHERE e.seq > :after AND e.seq <= :upTo ORDER BY e.seq", AuditEvent.class)
                    .setParameter("after", after)
                    .setParameter("upTo", upTo)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            page.forEach(verifier::accept);
            after = page.get(page.size() - 1).seq();
            em.clear();
        }
        return verifier.finish(upTo, headHash);
    }
}
