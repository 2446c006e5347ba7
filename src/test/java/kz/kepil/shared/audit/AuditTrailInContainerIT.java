package kz.kepil.shared.audit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import kz.kepil.shared.audit.application.AuditQueries;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.audit.domain.AuditEvent;
import kz.kepil.shared.audit.domain.ChainReport;
import kz.kepil.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail inside the running container: appends join the caller's JTA transaction, are
 * chained one after the other, and vanish with a rolled-back change.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(AuditTrailInContainerIT.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditQueries queries;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Test
    void eventsAppendedInOneTransactionAreChainedInOrder() throws Exception {
        String entity = "InContainerTest-" + UUID.randomUUID();

        tx.begin();
        AuditEvent first = trail.record(entity, 1, "CREATED", null, "state=A");
        AuditEvent second = trail.record(entity, 1, "CHANGED", "state=A", "state=B");
        tx.commit();

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(queries.forEntity(entity, "1", 10)).extracting(AuditEvent::seq)
                .containsExactly(second.seq(), first.seq());
        ChainReport report = queries.verify();
        assertThat(report.valid()).as(report.problem()).isTrue();
        assertThat(report.lastSeq()).isGreaterThanOrEqualTo(second.seq());
    }

    @Test
    void eventOfARolledBackChangeIsNotKept() throws Exception {
        String entity = "InContainerTest-" + UUID.randomUUID();

        tx.begin();
        trail.record(entity, 7, "CREATED", null, "state=A");
        tx.rollback();

        assertThat(queries.forEntity(entity, null, 10)).isEmpty();
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> trail.record("InContainerTest", 1, "CREATED", null, "x"))
                .isInstanceOf(TransactionalException.class);
    }
}
