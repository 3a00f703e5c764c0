package org.daksetu.booking.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daksetu.booking.application.ShipmentBooking;
import org.daksetu.booking.domain.ShipmentDraft;
import org.daksetu.booking.domain.ShipmentDraft.ConsigneeDraft;
import org.daksetu.booking.domain.ShipmentDraft.DimensionsDraft;
import org.daksetu.booking.domain.ShipmentDraft.PaymentDraft;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Violations;

/**
 * Shipments as a CSV upload (RFC 4180: comma-separated, fields quoted with " when they hold a
 * comma, quote or line break, UTF-8 with or without a byte-order mark). The header names the
 * columns, in any order, with the field names of the JSON API: {@code consignee.pin},
 * {@code payment.codAmountPaise}... A header problem (an unknown or missing column) fails the
 * upload; a bad value fails only its row.
 */
final class ShipmentCsv {

    static final List<String> COLUMNS = List.of("orderReference", "pickupPoint", "service", "consignee.name", "consignee.phone",
            "consignee.addressLine1", "consignee.addressLine2", "consignee.city", "consignee.pin", "weightGrams",
            "dimensions.lengthCm", "dimensions.breadthCm", "dimensions.heightCm", "declaredValuePaise", "payment.mode",
            "payment.codAmountPaise", "otpDelivery", "articleNumber");
    static final Set<String> OPTIONAL = Set.of("consignee.addressLine2", "consignee.city", "payment.codAmountPaise", "otpDelivery",
            "articleNumber");

    record Row(int line, ShipmentDraft draft) {
    }

    private ShipmentCsv() {
    }

    static List<Row> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(text.startsWith("\uFEFF") ? text.substring(1) : text, records, lines);
        if (records.isEmpty()) {
            new Violations().add("header", "", "the CSV is empty; its first line names the columns: " + String.join(",", COLUMNS))
                    .throwIfAny();
        }
        List<String> header = records.getFirst().stream().map(String::strip).toList();
        Violations v = new Violations();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!COLUMNS.contains(column)) {
                v.add("header[" + i + "]", column, "is not a column; the columns are " + String.join(",", COLUMNS));
            } else if (index.put(column, i) != null) {
                v.add("header[" + i + "]", column, "is given twice");
            }
        }
        Set<String> missing = new LinkedHashSet<>(COLUMNS);
        missing.removeAll(index.keySet());
        missing.removeAll(OPTIONAL);
        for (String m : missing) {
            v.add("header", m, "this column is required");
        }
        if (records.size() - 1 > ShipmentBooking.MAX_PER_REQUEST) {
            v.add("rows", records.size() - 1, "at most " + ShipmentBooking.MAX_PER_REQUEST + " shipments per upload");
        }
        if (records.size() == 1) {
            v.add("rows", 0, "the CSV has a header but no shipment");
        }
        v.throwIfAny();
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            java.util.function.Function<String, String> get = column -> {
                Integer i = index.get(column);
                return i == null || i >= cells.size() || cells.get(i).isEmpty() ? null : cells.get(i);
            };
            rows.add(new Row(lines.get(r), new ShipmentDraft(get.apply("orderReference"), get.apply("pickupPoint"),
                    get.apply("service"),
                    new ConsigneeDraft(get.apply("consignee.name"), get.apply("consignee.phone"), get.apply("consignee.addressLine1"),
                            get.apply("consignee.addressLine2"), get.apply("consignee.city"), get.apply("consignee.pin")),
                    get.apply("weightGrams"),
                    new DimensionsDraft(get.apply("dimensions.lengthCm"), get.apply("dimensions.breadthCm"),
                            get.apply("dimensions.heightCm")),
                    get.apply("declaredValuePaise"), new PaymentDraft(get.apply("payment.mode"), get.apply("payment.codAmountPaise")),
                    get.apply("otpDelivery"), get.apply("articleNumber"))));
        }
        return rows;
    }

    /** Splits RFC 4180 text into records, noting the line each starts on; blank lines are skipped. */
    static void split(String text, List<List<String>> records, List<Integer> startLines) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !cell.isEmpty()) {
                    record.add(cell.toString());
                    records.add(record);
                    startLines.add(start);
                }
                record = new ArrayList<>();
                cell.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new InvalidValueException("line " + start, "", "a quoted field is not closed");
        }
        if (any || !cell.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            startLines.add(start);
        }
    }
}
