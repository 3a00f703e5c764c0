package org.daksetu.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Work on the JDBC connection of the current transaction, for the bulk paths that need the
 * PostgreSQL connection itself (COPY, temporary tables) rather than JdbcClient. An SQLException
 * becomes an unchecked exception naming the store, so the transaction rolls back.
 */
public final class TransactionConnection {

    /** Something to do with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private TransactionConnection() {
    }

    public static <T> T with(DataSource dataSource, String store, Work<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(store + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
