package org.daksetu.tracking.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Pin;

/**
 * The bulk customer's event feed file (postal-domain.md): CSV with a header line and the columns
 * article, booking PIN, destination PIN, COD amount, event code, office id, date, time,
 * non-delivery reason (an optional event description column is ignored). Dates are IST, as
 * yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy; times HH:mm or HH:mm:ss.
 * <p>
 * The file carries no event id, so one is made from what identifies a scan: article, event code,
 * office, date and time. Uploading the same file again therefore adds nothing.
 */
public final class BulkFeedFile {

    static final List<String> COLUMNS = List.of("article", "booking_pin", "destination_pin", "cod_amount", "event_code",
            "office_id", "event_date", "event_time", "non_delivery_reason");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu"), DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    private BulkFeedFile() {
    }

    /**
     * One line of the file: the scan, and what the line says about the article (booking PIN,
     * destination PIN, COD amount in rupees), which intake checks against the registration.
     */
    public record Row(IncomingScan scan, String bookingPin, String destinationPin, String codAmount) {
    }

    public static List<IncomingScan> read(Reader source) {
        return readRows(source).stream().map(Row::scan).toList();
    }

    public static List<Row> readRows(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            String header = in.readLine();
            if (header == null) {
                throw new InvalidValueException("file", "", "the file is empty; its first line names the columns "
                        + String.join(",", COLUMNS));
            }
            List<String> names = split(header.replace("\uFEFF", "")).stream()
                    .map(h -> h.trim().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
            int[] at = new int[COLUMNS.size()];
            for (int i = 0; i < COLUMNS.size(); i++) {
                at[i] = names.indexOf(COLUMNS.get(i));
                if (at[i] < 0) {
                    throw new InvalidValueException("file", header, "the header has no column " + COLUMNS.get(i));
                }
            }
            List<Row> scans = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = split(line);
                String article = field(f, at[0]), code = field(f, at[4]), office = field(f, at[5]);
                String date = field(f, at[6]), time = field(f, at[7]), reason = field(f, at[8]);
                scans.add(new Row(new IncomingScan(eventId(article, code, office, date, time), article, null, code, office,
                        occurredAt(date, time), reason), field(f, at[1]), field(f, at[2]), field(f, at[3])));
            }
            return scans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a line says about its article that the registration contradicts, one reason per field
     * naming both values; empty when they agree. A blank field claims nothing and is not compared.
     * {@code bookingPins} are the PINs the article may have been booked at: its pickup point's,
     * then that of the post office the pickup point hands over to (empty when unknown).
     */
    public static List<String> mismatches(Row row, ArticleRegistration registered, List<Pin> bookingPins) {
        List<String> out = new ArrayList<>(0);
        if (row.bookingPin() != null && !bookingPins.isEmpty() && bookingPins.stream().noneMatch(p -> samePin(row.bookingPin(), p))) {
            out.add("booking_pin " + row.bookingPin() + " differs from the registration: " + bookingPins.getFirst()
                    + " (pickup point " + registered.pickupPoint() + ")"
                    + (bookingPins.size() > 1 ? " or " + bookingPins.get(1) + " (its post office)" : ""));
        }
        if (row.destinationPin() != null && !samePin(row.destinationPin(), registered.destination())) {
            out.add("destination_pin " + row.destinationPin() + " differs from the registration: " + registered.destination());
        }
        if (row.codAmount() != null) {
            java.util.OptionalLong paise = paise(row.codAmount());
            if (paise.isEmpty()) {
                out.add("cod_amount '" + row.codAmount() + "' is not an amount in rupees (499 or 499.50); the registration says "
                        + rupees(registered.codPaise()));
            } else if (paise.getAsLong() != registered.codPaise()) {
                out.add("cod_amount " + row.codAmount() + " differs from the registration: " + rupees(registered.codPaise()));
            }
        }
        return out;
    }

    private static boolean samePin(String text, Pin pin) {
        return text.trim().equals(pin.toString());
    }

    /** Rupees with at most two decimals ("499", "499.5", "499.50", "1,499.00") as paise. */
    static java.util.OptionalLong paise(String rupees) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(rupees.trim().replace(",", ""));
            if (v.signum() < 0 || v.scale() > 2) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(v.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalLong.empty();
        }
    }

    static String rupees(long paise) {
        return java.math.BigDecimal.valueOf(paise, 2).toPlainString();
    }

    /** The time in ISO-8601 at IST, or the text as given when it cannot be read (intake then says why). */
    static String occurredAt(String date, String time) {
        if (date == null || time == null) {
            return date == null && time == null ? null : (date == null ? "" : date) + " " + (time == null ? "" : time);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(date.trim(), f);
                LocalTime t = LocalTime.parse(time.trim());
                return d.atTime(t).atOffset(RoutingRules.IST_OFFSET).toString();
            } catch (DateTimeParseException e) {
                // try the next date format
            }
        }
        return date + " " + time;
    }

    static String eventId(String article, String code, String office, String date, String time) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.join("|", String.valueOf(article),
                    String.valueOf(code), String.valueOf(office), String.valueOf(date), String.valueOf(time))
                    .getBytes(StandardCharsets.UTF_8));
            return "F-" + HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(List<String> fields, int at) {
        if (at >= fields.size()) {
            return null;
        }
        String v = fields.get(at).trim();
        return v.isEmpty() ? null : v;
    }

    /** Splits one CSV line; quoted fields may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
