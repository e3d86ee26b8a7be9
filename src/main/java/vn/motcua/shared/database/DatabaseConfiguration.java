package vn.motcua.shared.database;

import java.nio.file.Path;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL, always: the server named by MOTCUA_DB_URL, or else an embedded one whose files
 * live in the data directory. Spring closes the pool before the embedded server it depends on.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode(@Value("${motcua.db.url:}") String url) {
        return new DatabaseMode(url.isBlank());
    }

    @Bean(destroyMethod = "close")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${motcua.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${motcua.data-dir:./data}") String dataDirectory,
            ObjectProvider<EmbeddedPostgresEarlyStart.Starting> starting) {
        Path directory = EmbeddedPostgresEarlyStart.dataDirectory(dataDirectory);
        EmbeddedPostgresEarlyStart.Starting started = starting.getIfAvailable();
        EmbeddedPostgresServer server = started == null ? null : started.take(directory);
        return server != null ? server : EmbeddedPostgresServer.start(directory);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${motcua.db.url:}") String url, @Value("${motcua.db.user:}") String user,
            @Value("${motcua.db.password:}") String password, @Value("${motcua.db.pool-size:10}") int poolSize,
            Optional<EmbeddedPostgresServer> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("motcua");
        dataSource.setMaximumPoolSize(poolSize);
        // A JDBC batch of inserts goes to PostgreSQL as multi-row statements: the bulk import of a
        // district's history writes several times faster than one statement a row.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (url.isBlank()) {
            EmbeddedPostgresServer server = embedded.orElseThrow();
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername("postgres");
        } else {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user.isBlank() ? null : user);
            dataSource.setPassword(password.isBlank() ? null : password);
        }
        return dataSource;
    }

    /**
     * The application's transaction template. Spring Boot would make it, but backs off as soon as any
     * other TransactionOperations exists, and the session store has its own.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }
}
