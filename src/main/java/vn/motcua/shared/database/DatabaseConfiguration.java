package vn.motcua.shared.database;

import java.nio.file.Path;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.SQLErrorCodesFactory;
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

    /** Made at the pool's first connection ({@link Lazy}): until then the beans that need no connection are built meanwhile. */
    @Bean(destroyMethod = "close")
    @Lazy
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${motcua.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${motcua.data-dir:./data}") String dataDirectory,
            ObjectProvider<EmbeddedPostgresEarlyStart.Starting> starting) {
        Path directory = EmbeddedPostgresEarlyStart.dataDirectory(dataDirectory);
        EmbeddedPostgresEarlyStart.Starting started = starting.getIfAvailable();
        EmbeddedPostgresServer server = started == null ? null : started.take(directory);
        return server != null ? server : EmbeddedPostgresServer.start(directory);
    }

    /**
     * The pool. Of the embedded server, it takes the server at its first connection, not when it is made (see
     * {@link EmbeddedPool}); it is still closed before the server, as a bean that depends on it.
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${motcua.db.url:}") String url, @Value("${motcua.db.user:}") String user,
            @Value("${motcua.db.password:}") String password, @Value("${motcua.db.pool-size:10}") int poolSize,
            ObjectProvider<EmbeddedPostgresServer> embedded, ConfigurableListableBeanFactory beans) {
        HikariDataSource dataSource;
        if (url.isBlank()) {
            beans.registerDependentBean("embeddedPostgresServer", "dataSource");
            dataSource = new EmbeddedPool(() -> embedded.getObject().jdbcUrl());
            dataSource.setUsername("postgres");
        } else {
            dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user.isBlank() ? null : user);
            dataSource.setPassword(password.isBlank() ? null : password);
        }
        // MotCua's database is PostgreSQL whatever its address: told so, the translators of SQL errors made while the beans are
        // built (Spring Session's store has one) do not open a connection to ask, which at a first start would wait for the
        // embedded server to be created and migrated.
        SQLErrorCodesFactory.getInstance().registerDatabase(dataSource, "PostgreSQL");
        dataSource.setPoolName("motcua");
        dataSource.setMaximumPoolSize(poolSize);
        // A JDBC batch of inserts goes to PostgreSQL as multi-row statements: the bulk import of a
        // district's history writes several times faster than one statement a row.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    /**
     * Spring Boot's migration at start. The embedded server started early is migrated on its own thread before the pool can
     * hand out its first connection, so Spring's has nothing left to do and must not wait for the server while the beans are
     * built; a server named by MOTCUA_DB_URL, or one started late, is migrated here as Spring Boot would.
     */
    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(@Value("${motcua.db.url:}") String url,
            @Value("${motcua.data-dir:./data}") String dataDirectory, ObjectProvider<EmbeddedPostgresEarlyStart.Starting> starting) {
        EmbeddedPostgresEarlyStart.Starting early = starting.getIfAvailable();
        boolean migratedEarly = url.isBlank() && early != null && early.migrates(EmbeddedPostgresEarlyStart.dataDirectory(dataDirectory));
        return flyway -> {
            if (!migratedEarly) {
                flyway.migrate();
            }
        };
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
