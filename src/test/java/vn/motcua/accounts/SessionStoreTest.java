package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.DemoSystemTest;

/**
 * The session store's own transactions do not wait for the disk; every other transaction does.
 * (The embedded test database runs without fsync, so this checks the setting each transaction asks for.)
 */
@DemoSystemTest
class SessionStoreTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations sessionTransactions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** The store the session filter reads and writes through. */
    @Autowired
    SessionRepository<? extends Session> sessionRepository;

    /**
     * Every request of a signed-in user moves the session's last access time; the store writes it
     * only when a minute has passed, so a busy clerk's requests do not each commit a session touch.
     */
    @Test
    void aSessionIsTouchedInTheStoreAtMostOnceAMinute() {
        @SuppressWarnings("unchecked")
        SessionRepository<Session> filterStore = (SessionRepository<Session>) sessionRepository;
        Session session = filterStore.createSession();
        session.setAttribute("purpose", "test");
        filterStore.save(session);
        long stored = lastAccess(session.getId());
        Session again = filterStore.findById(session.getId());
        again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(30));
        filterStore.save(again);
        assertThat(lastAccess(session.getId())).isEqualTo(stored);
        again = filterStore.findById(session.getId());
        again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(61));
        filterStore.save(again);
        assertThat(lastAccess(session.getId())).isEqualTo(stored + 61_000);
        filterStore.deleteById(session.getId());
        assertThat(filterStore.findById(session.getId())).isNull();
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from accounts_session where session_id = ?", Long.class, sessionId);
    }

    @Test
    void onlyTheSessionStoreCommitsWithoutWaitingForTheDisk() {
        assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(sessionTransactions);
        jdbc.execute("set synchronous_commit = on");
        String inSessionStore = sessionTransactions.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));
        String elsewhere = transactions.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));
        assertThat(inSessionStore).isEqualTo("off");
        assertThat(elsewhere).isEqualTo("on");
    }
}
