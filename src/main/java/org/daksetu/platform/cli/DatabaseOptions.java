package org.daksetu.platform.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives; shared by every command that opens the database. */
class DatabaseOptions {

    @Option(names = "--db-url", description = "JDBC URL of a PostgreSQL server (default: $DAKSETU_DB_URL, else the embedded database)")
    String dbUrl;

    @Option(names = "--data-dir", description = "Data directory of the embedded database (default: var/postgres)")
    String dataDir;

    /** As command-line arguments, which outrank application.yaml and the environment defaults. */
    static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (dbUrl != null) {
            p.put("daksetu.db.url", dbUrl);
        }
        if (dataDir != null) {
            p.put("daksetu.db.data-dir", dataDir);
        }
        return p;
    }
}
