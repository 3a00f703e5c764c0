package org.daksetu.network.infrastructure.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.daksetu.network.infrastructure.dataset.SourceRecords.DivisionOffice;
import org.daksetu.network.infrastructure.dataset.SourceRecords.GeoPlace;
import org.daksetu.network.infrastructure.dataset.SourceRecords.TalukOffice;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the three raw files. Rows without a six-digit PIN (or, for GeoNames, a usable point) are
 * counted and skipped rather than failing the build: one bad row of 150,000 should not stop it.
 */
final class SourceReader {

    static final String TALUK_FILE = "offices-taluk.json.gz";
    static final String DIVISION_FILE = "offices-division.json.gz";
    static final String GEONAMES_FILE = "geonames-IN.tsv.gz";

    private static final int BUFFER = 1 << 16;
    private static final int GEONAMES_COLUMNS = 12;
    private static final Pattern SIX_DIGIT_PIN = Pattern.compile("[1-9][0-9]{5}");

    /** The rows read from one file and how many of its rows were left out. */
    record Rows<T>(List<T> rows, int skipped) {
    }

    Rows<TalukOffice> talukOffices(Path sourceDir) throws IOException {
        List<TalukOffice> rows = new ArrayList<>();
        int[] skipped = {0};
        readJsonObjects(sourceDir.resolve(TALUK_FILE), o -> {
            Integer pin = pin(o.get("pincode"));
            if (pin == null) {
                skipped[0]++;
                return;
            }
            rows.add(new TalukOffice(pin, Fields.clean(o.get("officeName")), Fields.cleanOrUnknown(o.get("taluk")),
                    Fields.cleanOrUnknown(o.get("districtName")), Fields.cleanOrUnknown(o.get("stateName"))));
        });
        return new Rows<>(rows, skipped[0]);
    }

    Rows<DivisionOffice> divisionOffices(Path sourceDir) throws IOException {
        List<DivisionOffice> rows = new ArrayList<>();
        int[] skipped = {0};
        readJsonObjects(sourceDir.resolve(DIVISION_FILE), o -> {
            Integer pin = pin(o.get("pincode"));
            if (pin == null) {
                skipped[0]++;
                return;
            }
            rows.add(new DivisionOffice(pin, Fields.clean(o.get("name")), Fields.cleanOrUnknown(o.get("circle")),
                    Fields.cleanOrUnknown(o.get("region")), Fields.cleanOrUnknown(o.get("division")),
                    Fields.cleanOrUnknown(o.get("district")), Fields.cleanOrUnknown(o.get("state"))));
        });
        return new Rows<>(rows, skipped[0]);
    }

    /** GeoNames places; a point at (0, 0), outside India or not a number is skipped. */
    Rows<GeoPlace> geoPlaces(Path sourceDir) throws IOException {
        List<GeoPlace> rows = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                gunzip(sourceDir.resolve(GEONAMES_FILE)), StandardCharsets.UTF_8), BUFFER)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Integer pin = f.length >= GEONAMES_COLUMNS ? pin(f[1]) : null;
                Coordinates point = pin == null ? null : point(f[9], f[10]);
                if (point == null) {
                    skipped++;
                    continue;
                }
                rows.add(new GeoPlace(pin, Fields.clean(f[2]), point));
            }
        }
        return new Rows<>(rows, skipped);
    }

    private static Coordinates point(String latitude, String longitude) {
        try {
            Coordinates c = new Coordinates(Double.parseDouble(latitude.strip()), Double.parseDouble(longitude.strip()));
            return c.isInIndia() ? c : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer pin(String text) {
        String digits = text == null ? "" : text.strip();
        if (!SIX_DIGIT_PIN.matcher(digits).matches()) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /**
     * Streams a top-level array of flat objects, handing each object over as field name → scalar text,
     * so that the 150,000 offices never sit in memory as a JSON tree.
     */
    private static void readJsonObjects(Path file, Consumer<Map<String, String>> each) throws IOException {
        try (InputStream in = gunzip(file); JsonParser parser = JsonMapper.shared().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + " is not a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> object = new HashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    } else if (value != JsonToken.VALUE_NULL) {
                        object.put(field, parser.getValueAsString());
                    }
                }
                each.accept(object);
            }
        }
    }

    private static InputStream gunzip(Path file) throws IOException {
        return new GZIPInputStream(Files.newInputStream(file), BUFFER);
    }
}
