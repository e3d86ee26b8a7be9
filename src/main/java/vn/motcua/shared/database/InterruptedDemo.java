package vn.motcua.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.shared.DemoMode;

/**
 * A first start stopped while it loaded the demo (Ctrl+C after twenty seconds of waiting, a power cut)
 * leaves part of the demo committed and the rest missing; the next start would load the demo again over
 * it and fail on its first unit ("units.code.overlap"), every time, until someone deleted the data
 * directory. An embedded database that holds a demo begun ({@code demo.started}), never finished
 * ({@code demo.loaded}) and never taken into real use ({@code installation.initialized}, which the
 * first real administrator sets) holds nothing but that half demo — pages answer "the demo is loading"
 * until it is done — so it is emptied before the migrations and the demo loads again from the start.
 * Never done on an external PostgreSQL server: MotCua does not drop what it did not create.
 */
final class InterruptedDemo {

    private static final Logger log = LoggerFactory.getLogger(InterruptedDemo.class);

    private InterruptedDemo() {
    }

    /** Empties the database behind the URL when it holds an interrupted demo; true when it did. */
    static boolean clear(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", null)) {
            if (!interrupted(connection)) {
                return false;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            }
            connection.commit();
            log.warn("The demo's first load was interrupted before it finished; its partial data was removed and the demo loads again");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the embedded database for an interrupted demo load: " + e.getMessage(), e);
        }
    }

    private static boolean interrupted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet marks = statement.executeQuery("""
                        select coalesce(bool_or(name = '%s'), false) and not coalesce(bool_or(name in ('%s', '%s')), false)
                        from shared_setting""".formatted(DemoMode.STARTED, DemoMode.DEMO, DemoMode.INSTALLED))) {
            return marks.next() && marks.getBoolean(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return false; // a new cluster: no settings table yet
            }
            throw e;
        }
    }
}
