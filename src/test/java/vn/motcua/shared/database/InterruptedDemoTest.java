package vn.motcua.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start stopped while it loaded the demo leaves a half demo in the data directory: the next
 * start of the embedded database empties it (and only it), so the demo loads again instead of failing
 * on its first unit at every start.
 */
class InterruptedDemoTest {

    @TempDir
    Path dataDirectory;

    @ParameterizedTest(name = "marks {0}: the data is {1}")
    @CsvSource({
            "'demo.started', removed",
            "'demo.started,demo.loaded,installation.initialized', kept",
            "'demo.started,installation.initialized', kept",
            "'', kept"
    })
    void theNextStartEmptiesOnlyADemoBegunAndNeverFinished(String marks, String outcome) throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", null);
                Statement sql = connection.createStatement()) {
            sql.execute("create table shared_setting (name text primary key, value text not null)");
            sql.execute("create table units_unit (code text primary key)");
            sql.execute("insert into units_unit values ('38')");
            for (String mark : marks.isEmpty() ? new String[0] : marks.split(",")) {
                sql.execute("insert into shared_setting values ('" + mark + "', 'true')");
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", null);
                Statement sql = connection.createStatement();
                ResultSet tables = sql.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables left in the public schema").isEqualTo(outcome.equals("removed") ? 0 : 2);
        }
    }

    @Test
    void aNewClusterIsLeftAsItIs() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            assertThat(InterruptedDemo.clear(server.jdbcUrl())).as("a new cluster, no table yet").isFalse();
        }
    }
}
