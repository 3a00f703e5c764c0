package org.daksetu.platform.db;

import java.util.HexFormat;

/**
 * Builds rows in PostgreSQL's COPY text format (tab-separated, \N for null, backslash escapes)
 * for the bulk paths of every context, and copies them into a table.
 */
public final class CopyText {

    private final StringBuilder out;
    private boolean rowStarted;

    public CopyText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    public CopyText add(String value) {
        separator();
        if (value == null) {
            out.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
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

    public CopyText add(long value) {
        separator();
        out.append(value);
        return this;
    }

    public CopyText add(boolean value) {
        separator();
        out.append(value ? 't' : 'f');
        return this;
    }

    public CopyText add(double value) {
        separator();
        out.append(value);
        return this;
    }

    /** A bytea value in hex form; the backslash of \x is itself escaped for COPY. */
    public CopyText add(byte[] value) {
        separator();
        out.append("\\\\x").append(HexFormat.of().formatHex(value));
        return this;
    }

    /** One row of values: text, numbers, booleans, bytes, dates and times (ISO), or null. */
    public CopyText row(Object[] values) {
        for (Object v : values) {
            add(v);
        }
        return endRow();
    }

    /** Any value: text, numbers, booleans, bytes, or anything else by its {@code toString()}; null as NULL. */
    public CopyText add(Object value) {
        return switch (value) {
            case null -> add((String) null);
            case String t -> add(t);
            case Boolean b -> add(b.booleanValue());
            case Integer i -> add(i.longValue());
            case Long l -> add(l.longValue());
            case Double d -> add(d.doubleValue());
            case byte[] bytes -> add(bytes);
            default -> add(value.toString());
        };
    }

    /** Copies the rows built so far into a table's columns and returns how many rows it took. */
    public long copyInto(java.sql.Connection c, String table, String columns) {
        try {
            return c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new java.io.ByteArrayInputStream(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1 << 16);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public CopyText endRow() {
        out.append('\n');
        rowStarted = false;
        return this;
    }

    private void separator() {
        if (rowStarted) {
            out.append('\t');
        }
        rowStarted = true;
    }

    public int length() {
        return out.length();
    }

    public String drain() {
        String s = out.toString();
        out.setLength(0);
        return s;
    }
}
