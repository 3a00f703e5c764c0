package org.daksetu.platform.db;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Builds rows in PostgreSQL's binary COPY format for the hottest bulk paths: the server stores the
 * values as sent instead of parsing text (timestamps above all). Each value must have the exact
 * type of its column (int4 for {@code integer}, int8 for {@code bigint}, and so on); a row declares
 * its field count and must write that many values.
 */
public final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** PostgreSQL's epoch, 2000-01-01, in the Unix epoch's seconds and days. */
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final long PG_EPOCH_DAYS = 10_957L;

    /** Streaming: the rows go to the server in chunks of about this size while later rows are built. */
    private static final int CHUNK = 1 << 18;

    private byte[] buf;
    private int len;
    private org.postgresql.copy.CopyIn sink;
    private String target;
    private int expected = -1;
    private int written;
    private int rows;

    public CopyBinary(int capacity) {
        buf = new byte[Math.max(64, capacity)];
        put(SIGNATURE, 0, SIGNATURE.length);
        int4raw(0); // flags
        int4raw(0); // header extension length
    }

    /**
     * A COPY into a table's columns that starts at once: rows are sent in chunks as they are built,
     * so the server stores the first while the last are made; {@link #finish} ends it. Nothing else
     * may run on the connection until then ({@link #abandon} cancels it).
     */
    public static CopyBinary streaming(java.sql.Connection c, String table, String columns, int capacity) {
        CopyBinary copy = new CopyBinary(Math.min(capacity, CHUNK * 2));
        try {
            copy.target = table;
            copy.sink = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql(table, columns));
        } catch (java.sql.SQLException e) {
            throw copy.failed(e);
        }
        return copy;
    }

    /** Sends every complete row built so far (streaming only); the server goes on storing them. */
    public CopyBinary flush() {
        checkRowComplete();
        if (len > 0) {
            try {
                sink.writeToCopy(buf, 0, len);
            } catch (java.sql.SQLException e) {
                throw failed(e);
            }
            len = 0;
        }
        return this;
    }

    /** Ends a streaming COPY and returns how many rows the server took. */
    public long finish() {
        checkRowComplete();
        ensure(2);
        buf[len++] = (byte) 0xff; // trailer: field count -1
        buf[len++] = (byte) 0xff;
        flush();
        try {
            return sink.endCopy();
        } catch (java.sql.SQLException e) {
            throw failed(e);
        } finally {
            sink = null;
        }
    }

    /** Cancels a streaming COPY still open (after a failure elsewhere); nothing of it is stored. */
    public void abandon() {
        if (sink != null && sink.isActive()) {
            try {
                sink.cancelCopy();
            } catch (java.sql.SQLException e) {
                // the transaction fails anyway; the cause that made us abandon is the one to report
            }
        }
        sink = null;
    }

    private static String sql(String table, String columns) {
        return "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
    }

    private IllegalStateException failed(java.sql.SQLException e) {
        return new IllegalStateException("COPY into " + target + " failed: " + e.getMessage(), e);
    }

    /** Starts a row of {@code fields} values. */
    public CopyBinary row(int fields) {
        checkRowComplete();
        if (sink != null && len >= CHUNK) {
            flush();
        }
        ensure(2);
        buf[len++] = (byte) (fields >>> 8);
        buf[len++] = (byte) fields;
        expected = fields;
        written = 0;
        rows++;
        return this;
    }

    public CopyBinary nullValue() {
        field();
        int4raw(-1);
        return this;
    }

    /** A {@code text} value (UTF-8), or NULL. */
    public CopyBinary text(String value) {
        if (value == null) {
            return nullValue();
        }
        field();
        int n = value.length();
        ensure(4 + n);
        int at = len;
        len += 4;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) { // not ASCII: encode the whole value properly
                len = at + 4;
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                ensure(bytes.length);
                put(bytes, 0, bytes.length);
                setInt(at, bytes.length);
                return this;
            }
            buf[len++] = (byte) c;
        }
        setInt(at, n);
        return this;
    }

    /** A {@code jsonb} value given as JSON text, or NULL. */
    public CopyBinary jsonb(String json) {
        if (json == null) {
            return nullValue();
        }
        field();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int4raw(bytes.length + 1);
        ensure(1 + bytes.length);
        buf[len++] = 1; // jsonb binary format version
        put(bytes, 0, bytes.length);
        return this;
    }

    /** An {@code integer} value. */
    public CopyBinary int4(int value) {
        field();
        int4raw(4);
        int4raw(value);
        return this;
    }

    /** A {@code bigint} value. */
    public CopyBinary int8(long value) {
        field();
        int4raw(8);
        int8raw(value);
        return this;
    }

    /** A {@code boolean} value. */
    public CopyBinary bool(boolean value) {
        field();
        int4raw(1);
        ensure(1);
        buf[len++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A {@code timestamptz} (or {@code timestamp}, as UTC) value in microseconds, or NULL. */
    public CopyBinary timestamp(Instant value) {
        if (value == null) {
            return nullValue();
        }
        field();
        int4raw(8);
        long micros = Math.addExact(Math.multiplyExact(value.getEpochSecond() - PG_EPOCH_SECONDS, 1_000_000L),
                value.getNano() / 1_000);
        int8raw(micros);
        return this;
    }

    /** A {@code date} value, or NULL. */
    public CopyBinary date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        field();
        int4raw(4);
        int4raw(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAYS));
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Copies the rows into a table's columns (in the order the rows give them) and returns how many it took. */
    public long copyInto(java.sql.Connection c, String table, String columns) {
        if (sink != null) {
            throw new IllegalStateException("a streaming COPY ends with finish()");
        }
        checkRowComplete();
        byte[] data = Arrays.copyOf(buf, len + 2);
        data[len] = (byte) 0xff; // trailer: field count -1
        data[len + 1] = (byte) 0xff;
        target = table;
        try {
            return c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql(table, columns),
                    new java.io.ByteArrayInputStream(data), 1 << 16);
        } catch (java.sql.SQLException e) {
            throw failed(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void field() {
        if (expected < 0 || written == expected) {
            throw new IllegalStateException("a value outside a row, or more values than the row's " + expected);
        }
        written++;
    }

    private void checkRowComplete() {
        if (expected >= 0 && written != expected) {
            throw new IllegalStateException("row " + rows + " has " + written + " values, declared " + expected);
        }
    }

    private void int4raw(int v) {
        ensure(4);
        setInt(len, v);
        len += 4;
    }

    private void setInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void int8raw(long v) {
        int4raw((int) (v >>> 32));
        int4raw((int) v);
    }

    private void put(byte[] bytes, int from, int n) {
        ensure(n);
        System.arraycopy(bytes, from, buf, len, n);
        len += n;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
