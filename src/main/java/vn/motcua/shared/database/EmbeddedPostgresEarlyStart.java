package vn.motcua.shared.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL once the application context is prepared (its settings final, every
 * initializer applied) and before Spring builds its beans, on a thread of its own: creating the cluster
 * (initdb, seconds at a first start) and starting it — processes of their own — run on the second core
 * while Spring works on the first, and the database bean takes the server that is ready or nearly so.
 * A new cluster is migrated on the same thread, with the migrations Spring Boot's Flyway would apply
 * (spring.flyway.locations), so that Spring's own migration finds nothing left to do. Registered in
 * META-INF/spring.factories; with MOTCUA_DB_URL set there is nothing to start.
 */
public class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN = "embeddedPostgresStarting";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        Environment environment = context.getEnvironment();
        if (!environment.getProperty("motcua.db.url", "").isBlank()) {
            return;
        }
        Path directory = dataDirectory(environment.getProperty("motcua.data-dir", "./data"));
        boolean migrate = environment.getProperty("spring.flyway.enabled", Boolean.class, true);
        String[] locations = environment.getProperty("spring.flyway.locations", String[].class, new String[] { "classpath:db/migration" });
        ClassLoader classes = context.getClassLoader();
        Starting starting = new Starting(directory, migrate, CompletableFuture.supplyAsync(() -> {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory);
            if (migrate) {
                try {
                    Flyway.configure(classes).dataSource(server.jdbcUrl(), "postgres", null).locations(locations).load().migrate();
                } catch (RuntimeException e) {
                    server.close();
                    throw e;
                }
            }
            return server;
        },
                runnable -> {
                    Thread thread = new Thread(runnable, "embedded-postgres-start");
                    thread.setDaemon(true);
                    thread.start();
                }));
        context.getBeanFactory().registerSingleton(BEAN, starting);
        // Destroyed when the context closes, or when its refresh fails before the database bean took the server.
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN, starting);
        }
    }

    static Path dataDirectory(String setting) {
        return Path.of(setting).toAbsolutePath().normalize();
    }

    /** The server being started for a data directory, handed over once to the database bean. */
    static final class Starting implements DisposableBean {

        private final Path directory;
        private final boolean migrating;
        private final CompletableFuture<EmbeddedPostgresServer> server;
        private boolean taken;

        Starting(Path directory, boolean migrating, CompletableFuture<EmbeddedPostgresServer> server) {
            this.directory = directory;
            this.migrating = migrating;
            this.server = server;
        }

        /** Whether the server of this data directory is the one started here and migrated before it is handed over. */
        boolean migrates(Path wanted) {
            return migrating && wanted.equals(directory);
        }

        /** The started server, once it is up; the failure of its start as the start would have thrown it. */
        synchronized EmbeddedPostgresServer take(Path wanted) {
            if (taken || !wanted.equals(directory)) {
                return null;
            }
            taken = true;
            try {
                return server.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        @Override
        public synchronized void destroy() {
            if (!taken) {
                taken = true;
                server.thenAccept(EmbeddedPostgresServer::close).exceptionally(e -> null).join();
            }
        }
    }
}
