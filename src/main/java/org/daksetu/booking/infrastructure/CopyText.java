package org.daksetu.booking.infrastructure;

import java.util.HexFormat;

/** Builds rows in PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
final class CopyText {

    private final StringBuilder out;
    private boolean rowStarted;

    CopyText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    CopyText add(String value) {
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

    CopyText add(long value) {
        separator();
        out.append(value);
        return this;
    }

    CopyText add(boolean value) {
        separator();
        out.append(value ? 't' : 'f');
        return this;
    }

    CopyText add(double value) {
        separator();
        out.append(value);
        return this;
    }

    /** A bytea value in hex form; the backslash of \x is itself escaped for COPY. */
    CopyText add(byte[] value) {
        separator();
        out.append("\\\\x").append(HexFormat.of().formatHex(value));
        return this;
    }

    /** One row of values: text, numbers, booleans, bytes, dates and times (ISO), or null. */
    CopyText row(Object[] values) {
        for (Object v : values) {
            switch (v) {
                case null -> add((String) null);
                case String t -> add(t);
                case Boolean b -> add(b.booleanValue());
                case Integer i -> add(i.longValue());
                case Long l -> add(l.longValue());
                case Double d -> add(d.doubleValue());
                case byte[] bytes -> add(bytes);
                default -> add(v.toString());
            }
        }
        return endRow();
    }

    CopyText endRow() {
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

    int length() {
        return out.length();
    }

    String drain() {
        String s = out.toString();
        out.setLength(0);
        return s;
    }
}
