package org.daksetu.network.infrastructure.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/** Writes tiny versions of the three raw files, in their real formats, for a test. */
final class RawFixture {

    private final List<Map<String, Object>> talukOffices = new ArrayList<>();
    private final List<Map<String, Object>> divisionOffices = new ArrayList<>();
    private final List<String> geoNamesLines = new ArrayList<>();

    RawFixture talukOffice(String officeName, int pin, String district, String state) {
        return talukOffice(officeName, pin, "Some Taluk", district, state);
    }

    RawFixture talukOffice(String officeName, int pin, String taluk, String district, String state) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("officeName", officeName);
        o.put("pincode", pin);
        o.put("taluk", taluk);
        o.put("districtName", district);
        o.put("stateName", state);
        talukOffices.add(o);
        return this;
    }

    RawFixture divisionOffice(String name, int pin, String circle, String region, String division, String district,
                              String state) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", name);
        o.put("pincode", pin);
        o.put("circle", circle);
        o.put("district", district);
        o.put("division", division);
        o.put("region", region);
        o.put("state", state);
        o.put("country", "India");
        divisionOffices.add(o);
        return this;
    }

    RawFixture place(int pin, String name, double latitude, double longitude) {
        geoNamesLines.add(String.join("\t", "IN", Integer.toString(pin), name, "Some State", "01", "Some District",
                "001", "Some Taluk", "", Double.toString(latitude), Double.toString(longitude), "4"));
        return this;
    }

    Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        gzip(dir.resolve(SourceReader.TALUK_FILE), JsonMapper.shared().writeValueAsBytes(talukOffices));
        gzip(dir.resolve(SourceReader.DIVISION_FILE), JsonMapper.shared().writeValueAsBytes(divisionOffices));
        StringBuilder tsv = new StringBuilder();
        geoNamesLines.forEach(line -> tsv.append(line).append('\n'));
        gzip(dir.resolve(SourceReader.GEONAMES_FILE), tsv.toString().getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}
