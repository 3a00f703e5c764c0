package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/** The output of a build, read back the way the application reads it. */
record BuiltDataset(List<String> header, List<Map<String, String>> rows, Properties properties, BuildReport report) {

    static BuiltDataset build(RawFixture fixture, Path tempDir) throws IOException {
        Path source = fixture.writeTo(tempDir.resolve("raw"));
        Path out = tempDir.resolve("out");
        BuildReport report = new NetworkDatasetBuilder(line -> { }).build(source, out);
        return read(out, report);
    }

    static BuiltDataset read(Path out, BuildReport report) throws IOException {
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(OfficesTsvWriter.FILE)))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertThat(fields).hasSameSizeAs(header.toArray());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                row.put(header.get(i), fields[i]);
            }
            rows.add(row);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(out.resolve(DatasetPropertiesWriter.FILE))) {
            properties.load(in);
        }
        return new BuiltDataset(header, rows, properties, report);
    }

    Map<String, String> office(String name) {
        return rows.stream().filter(r -> r.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No office named " + name + " in " + rows));
    }

    String nameOf(String officeId) {
        return rows.stream().filter(r -> r.get("office_id").equals(officeId)).map(r -> r.get("name")).findFirst()
                .orElseThrow(() -> new AssertionError("No office " + officeId));
    }

    String deliveryOfficeNameOf(String officeName) {
        return nameOf(office(officeName).get("delivery_office_id"));
    }
}
