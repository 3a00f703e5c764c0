package org.daksetu.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.daksetu.platform.db.EmbeddedDatabase;

/**
 * Run as its own JVM by a test: starts the embedded database on a directory, writes a row, and
 * halts without any shutdown hook, as a process killed with SIGKILL would, leaving PostgreSQL
 * running with no owner.
 */
public final class StartDatabaseAndDie {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v text)");
            s.execute("INSERT INTO kept VALUES ('survived')");
        }
        System.out.println("postgres up");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
