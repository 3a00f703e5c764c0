package org.daksetu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.daksetu.platform.cli.DakSetuCommand;
import org.daksetu.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** `./daksetu network import` as a user runs it, against the test database. */
class NetworkImportCommandIT {

    @Test
    void network_import_loads_every_office_and_records_a_version() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true));
            exit = DakSetuCommand.commandLine().execute("network", "import", "--db-url", TestDatabase.url());
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        long expected = org.daksetu.network.infrastructure.NetworkDataset.bundled().expectedOffices();
        assertThat(expected).isGreaterThan(150_000);
        assertThat(out.toString()).contains("Imported network").contains(String.format("%,d offices", expected));
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT office_count FROM network_version ORDER BY id DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(expected);
        }
    }
}
