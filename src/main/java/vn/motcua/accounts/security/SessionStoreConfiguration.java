package vn.motcua.accounts.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in sessions live in the database (every instance sees them), and each request moves
 * the session's last access time: a commit per request. Those commits do not wait for the disk
 * ({@code synchronous_commit = off} for the session store's own transactions only): if the database
 * server itself crashes, the last fraction of a second of session touches may be lost, so a user
 * signed in at that moment signs in again. Dossiers, reports and everything else keep waiting for the
 * disk before they are acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

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
