package org.daksetu.tracking.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Rows for PostgreSQL's COPY text format: tab-separated, {@code \N} for null, escapes for the rest. */
final class CopyRows {

    private final StringBuilder out;
    private boolean lineStart = true;

    CopyRows(int expectedRows) {
        out = new StringBuilder(Math.max(64, expectedRows * 120));
    }

    CopyRows add(Object value) {
        if (!lineStart) {
            out.append('\t');
        }
        lineStart = false;
        if (value == null) {
            out.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return this;
    }

    CopyRows end() {
        out.append('\n');
        lineStart = true;
        return this;
    }

    long copyInto(Connection c, String table, String columns) {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
