package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.ApiClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.shared.database.DataDirectoryInUseException;

/**
 * With nothing configured MotCua runs on an embedded PostgreSQL whose files persist in the data
 * directory, with PostgreSQL's durability on: a restart keeps every record, and a second instance on the same directory refuses
 * to start with a clear message.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    /**
     * Whether a connection had been asked for when the context was ready, before the start-up runners (the demo) ran: the
     * pool opened one, or the embedded server, which the pool takes at its first connection, was taken or being taken.
     */
    private final AtomicReference<Boolean> connectedWhileTheContextWasBuilt = new AtomicReference<>();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MotCuaApplication.class)
                .listeners((ApplicationListener<ContextRefreshedEvent>) refreshed -> {
                    ConfigurableApplicationContext context = (ConfigurableApplicationContext) refreshed.getApplicationContext();
                    ConfigurableListableBeanFactory beans = context.getBeanFactory();
                    connectedWhileTheContextWasBuilt.compareAndSet(null,
                            context.getBean(HikariDataSource.class).getHikariPoolMXBean() != null
                                    || beans.containsSingleton("embeddedPostgresServer")
                                    || beans.isCurrentlyInCreation("embeddedPostgresServer"));
                })
                .run("--server.port=0", "--motcua.test.embedded=true", "--motcua.data-dir=" + dataDirectory, "--motcua.db.pool-size=3");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void loadsTheDemoOnceKeepsRecordsAcrossARestartAndRefusesASecondInstance() {
        String code;
        try (ConfigurableApplicationContext first = start()) {
            // At a first start the server is created and migrated on a thread of its own while Spring builds the beans: none of
            // them may open a connection (and so wait for it) while being built, as Spring Session's store did.
            assertThat(connectedWhileTheContextWasBuilt.get()).as("a connection opened while the context was built").isFalse();
            ApiClient api = new ApiClient(port(first));
            assertThat(api.get("/api/v1/me", "admin", "demo").status()).isEqualTo(200);
            // A commit is on disk before MotCua acknowledges it, though the library's default is otherwise.
            JdbcTemplate sql = new JdbcTemplate(first.getBean(DataSource.class));
            assertThat(sql.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(sql.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            code = "9" + (System.nanoTime() % 10000);
            assertThat(api.post("/api/v1/units", """
                    {"code":"%s","name":"Xã Bền Vững","level":"COMMUNE","kind":"xã","parentCode":"38"}""".formatted(code),
                    "admin", "demo").status()).isEqualTo(201);

            assertThatThrownBy(this::start).hasRootCauseInstanceOf(DataDirectoryInUseException.class)
                    .rootCause().hasMessageContaining("already in use");
            assertThat(Files.exists(dataDirectory.resolve("postgres/PG_VERSION"))).isTrue();
        }
        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = new ApiClient(port(second));
            assertThat(api.get("/api/v1/units/" + code, "admin", "demo").json().get("name").asText()).isEqualTo("Xã Bền Vững");
            // The demo is loaded once: the province still has exactly one People's Committee.
            assertThat(api.get("/api/v1/agencies", "admin", "demo").json())
                    .filteredOn(a -> a.get("code").asText().equals("000.00.00.H56")).hasSize(1);
        }
    }
}
