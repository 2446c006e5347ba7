package kz.kepil.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that lost a race is told so (409, try again); only a real failure is a 500 with an incident. */
class UnexpectedExceptionMapperTest {

    @Test
    void aDeadlockTheDatabaseBrokeOrALockNotGrantedIsARaceLost() {
        var deadlock = new PersistenceException("rolled back",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
        assertThat(UnexpectedExceptionMapper.lostARace(new RuntimeException("transaction", deadlock))).isTrue();
        assertThat(UnexpectedExceptionMapper.lostARace(new PessimisticLockException("lock"))).isTrue();
        assertThat(UnexpectedExceptionMapper.lostARace(new IllegalStateException(new OptimisticLockException("stale")))).isTrue();
    }

    @Test
    void anythingElseIsAFailure() {
        assertThat(UnexpectedExceptionMapper.lostARace(new IllegalStateException("broken"))).isFalse();
        assertThat(UnexpectedExceptionMapper.lostARace(new PersistenceException("constraint", new java.sql.SQLException("x")))).isFalse();
    }
}
