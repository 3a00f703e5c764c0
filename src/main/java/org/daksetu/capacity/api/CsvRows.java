package org.daksetu.capacity.api;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's rows (records) as CSV: a header of the component names, one line per row, RFC 4180 quoting. */
final class CsvRows {

    private CsvRows() {
    }

    static String csv(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder out = new StringBuilder(64 + rows.size() * 80);
        for (int i = 0; i < components.length; i++) {
            out.append(i == 0 ? "" : ",").append(snake(components[i].getName()));
        }
        out.append('\n');
        for (Record row : rows) {
            for (int i = 0; i < components.length; i++) {
                Object value;
                try {
                    value = components[i].getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                out.append(i == 0 ? "" : ",").append(cell(value));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static ResponseEntity<?> respond(String format, Class<? extends Record> type, List<? extends Record> rows, String name) {
        if (format != null && format.equalsIgnoreCase("csv")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").body(csv(type, rows));
        }
        return ResponseEntity.ok(rows);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
