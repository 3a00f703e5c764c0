package org.daksetu.network.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small reader for the RFC 4180 CSV files the network data keeps (quotes, commas, no multi-line fields). */
final class Csv {

    private Csv() {
    }

    static List<List<String>> read(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(parseLine(line));
            }
        }
        return rows;
    }

    static List<String> parseLine(String line) {
        return org.daksetu.network.infrastructure.planning.CsvLine.parse(line);
    }
}
