package org.daksetu.network.infrastructure.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes dataset.properties by hand rather than with {@link java.util.Properties#store}, which adds the
 * current time: a rebuild of the same data must give the same file. No build time is recorded.
 */
final class DatasetPropertiesWriter {

    static final String FILE = "dataset.properties";

    private static final String HEADER = """
            # DakSetu India Post network dataset, written by NetworkDatasetBuilder (./daksetu network build).
            # Do not edit: rebuild instead. Columns, rules and figures: docs/NETWORK-DATA.md.
            # Contains data from the All India Pincode Directory, data.gov.in, Government Open Data License - India,
            # and from GeoNames (www.geonames.org), CC BY 4.0.
            """;

    void write(BuildReport report, Path outputDir) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (Map.Entry<String, String> e : report.properties().entrySet()) {
            text.append(escape(e.getKey(), true)).append('=').append(escape(e.getValue(), false)).append('\n');
        }
        Files.createDirectories(outputDir);
        Files.writeString(outputDir.resolve(FILE), text, StandardCharsets.ISO_8859_1);
    }

    /** The escaping of {@link java.util.Properties#load(java.io.InputStream)}: ISO 8859-1, the rest as \\uXXXX. */
    private static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else if ((key && (c == ' ' || c == ':' || c == '=' || c == '#' || c == '!')) || (c == ' ' && i == 0)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
