package org.daksetu.network.infrastructure.planning;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.DepartureSchedule;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.HubLevel;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.OfficeHubAssignment;
import org.daksetu.network.domain.routing.TransportMode;
import org.daksetu.shared.GeoPoint;

/**
 * The transmission network as plain CSV files a network planner can edit: {@code hubs.csv},
 * {@code lanes.csv}, {@code office-hubs.csv}, and the holidays of the business calendar.
 * Every row is checked when read; a bad row names its file, line and problem.
 */
public final class TransmissionPlanFiles {

    public static final String HUBS = "hubs.csv";
    public static final String LANES = "lanes.csv";
    public static final String OFFICE_HUBS = "office-hubs.csv";
    public static final String HOLIDAYS = "holidays.csv";

    private static final String HUBS_HEADER = "hub_code,name,level,office_id,city,state,circle,latitude,longitude,parent_hub";
    private static final String LANES_HEADER =
            "lane_id,from_hub,to_hub,mode,distance_km,transit_minutes,days,departure,cutoff,runs_on_holidays,capacity_bags,capacity_kg,active";
    private static final String OFFICE_HUBS_HEADER = "pin,delivery_office_id,hub_code,ndc_code";

    private TransmissionPlanFiles() {
    }

    public static void write(TransmissionPlanner.Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(HUBS), StandardCharsets.UTF_8)) {
            w.write(HUBS_HEADER + "\n");
            for (Hub h : plan.hubs()) {
                w.write(String.join(",", h.code(), quote(h.name()), h.level().name(), Long.toString(h.officeId()), quote(h.city()),
                        quote(h.state()), quote(h.circle()), Double.toString(h.location().latitude()),
                        Double.toString(h.location().longitude()), h.parent().orElse("")) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(LANES), StandardCharsets.UTF_8)) {
            w.write(LANES_HEADER + "\n");
            for (Lane l : plan.lanes()) {
                w.write(String.join(",", l.id(), l.from(), l.to(), l.mode().name(), Double.toString(l.distanceKm()),
                        Long.toString(l.transit().toMinutes()), l.schedule().daysText(), l.schedule().departure().toString(),
                        l.schedule().cutoff().toString(), Boolean.toString(l.schedule().runsOnHolidays()),
                        Integer.toString(l.capacityBags()), Integer.toString(l.capacityKg()), Boolean.toString(l.active())) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(OFFICE_HUBS), StandardCharsets.UTF_8)) {
            w.write(OFFICE_HUBS_HEADER + "\n");
            for (OfficeHubAssignment a : plan.assignments()) {
                w.write(a.pin() + "," + a.deliveryOfficeId() + "," + a.hubCode() + "," + a.ndcCode().orElse("") + "\n");
            }
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public static List<Hub> readHubs(InputStream in) {
        return rows(in, HUBS, HUBS_HEADER, r -> new Hub(r.get(0), r.get(1), HubLevel.valueOf(r.get(2)), Long.parseLong(r.get(3)),
                r.get(4), r.get(5), r.get(6), new GeoPoint(Double.parseDouble(r.get(7)), Double.parseDouble(r.get(8))),
                r.get(9).isEmpty() ? Optional.empty() : Optional.of(r.get(9))));
    }

    public static List<Lane> readLanes(InputStream in) {
        return rows(in, LANES, LANES_HEADER, r -> new Lane(r.get(0), r.get(1), r.get(2), TransportMode.valueOf(r.get(3)),
                Double.parseDouble(r.get(4)), Duration.ofMinutes(Long.parseLong(r.get(5))),
                new DepartureSchedule(DepartureSchedule.parseDays(r.get(6)), LocalTime.parse(r.get(7)), LocalTime.parse(r.get(8)),
                        Boolean.parseBoolean(r.get(9))),
                Integer.parseInt(r.get(10)), Integer.parseInt(r.get(11)), Boolean.parseBoolean(r.get(12))));
    }

    public static List<OfficeHubAssignment> readOfficeHubs(InputStream in) {
        return rows(in, OFFICE_HUBS, OFFICE_HUBS_HEADER, r -> new OfficeHubAssignment(Integer.parseInt(r.get(0)),
                Long.parseLong(r.get(1)), r.get(2), r.get(3).isEmpty() ? Optional.empty() : Optional.of(r.get(3))));
    }

    public static List<BusinessCalendar.Holiday> readHolidays(InputStream in) {
        return rows(in, HOLIDAYS, "date,name", r -> new BusinessCalendar.Holiday(LocalDate.parse(r.get(0)), r.get(1)));
    }

    private interface RowParser<T> {
        T parse(List<String> row);
    }

    private static <T> List<T> rows(InputStream in, String file, String header, RowParser<T> parser) {
        List<String> lines;
        try {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (lines.isEmpty() || !lines.getFirst().trim().equals(header)) {
            throw new IllegalArgumentException(file + ": the first line must be the header " + header);
        }
        int columns = header.split(",").length;
        List<T> result = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = CsvLine.parse(line);
            try {
                if (fields.size() != columns) {
                    throw new IllegalArgumentException("has " + fields.size() + " fields, not " + columns);
                }
                result.add(parser.parse(fields));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return result;
    }
}
