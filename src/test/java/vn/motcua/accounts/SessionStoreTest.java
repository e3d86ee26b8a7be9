package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
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
