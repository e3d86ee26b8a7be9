package vn.motcua.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool of the embedded PostgreSQL, whose address (its port) is known only once the server is up. The pool
 * is made at once and asks for the server at its first connection: at a first start the server is still being created
 * and migrated on a thread of its own ({@link EmbeddedPostgresEarlyStart}) while Spring builds the application's beans,
 * which no longer wait for it before they need a connection.
 */
final class EmbeddedPool extends HikariDataSource {

    private final Supplier<String> jdbcUrl;
    private volatile boolean addressed;

    EmbeddedPool(Supplier<String> jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!addressed) {
            address();
        }
        return super.getConnection();
    }

    private synchronized void address() {
        if (!addressed) {
            setJdbcUrl(jdbcUrl.get());
            addressed = true;
        }
    }
}
