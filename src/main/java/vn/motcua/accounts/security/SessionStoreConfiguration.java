package vn.motcua.accounts.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.lob.DefaultLobHandler;
import org.springframework.jdbc.support.lob.LobHandler;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in sessions live in the database (every instance sees them), and a request moves the
 * session's last access time at most once a minute (TouchThrottledSessions). Those commits do not wait for the disk
 * ({@code synchronous_commit = off} for the session store's own transactions only): if the database
 * server itself crashes, the last fraction of a second of session touches may be lost, so a user
 * signed in at that moment signs in again. Dossiers, reports and everything else keep waiting for the
 * disk before they are acknowledged.
 */
@Configuration(proxyBeanMethods = false)
// Declared here rather than left to Boot's auto-configuration, which backs off once the session filter
// has a store of its own (TouchThrottledSessions); the idle timeout still comes from server.servlet.session.timeout.
@EnableJdbcHttpSession(tableName = "accounts_session")
class SessionStoreConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return store -> store.setDefaultMaxInactiveInterval(timeout);
    }

    /** The store the session filter uses: Spring Session's JDBC store, touching a session at most once a minute. */
    @Bean
    @Primary
    TouchThrottledSessions touchThrottledSessions(JdbcIndexedSessionRepository store) {
        return new TouchThrottledSessions(store);
    }

    /**
     * Picked up by Spring Session's JDBC store by this name. Without it the store asks the database, while the beans are
     * built, whether its large objects need temporary copies (Oracle's do; PostgreSQL's do not), and so waits for the
     * embedded PostgreSQL to be created and migrated at a first start instead of letting the rest of the context be built
     * meanwhile.
     */
    @Bean("springSessionLobHandler")
    LobHandler springSessionLobHandler() {
        return new DefaultLobHandler();
    }

    /** Picked up by Spring Session's JDBC store by this name, in place of its default transaction template. */
    @Bean("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("set local synchronous_commit = off");
                    return action.doInTransaction(status);
                });
            }
        };
    }
}
