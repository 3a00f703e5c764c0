package org.daksetu.network.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.DepartureSchedule;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.HubLevel;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.OfficeHubAssignment;
import org.daksetu.network.domain.routing.TransmissionNetwork;
import org.daksetu.network.domain.routing.TransportMode;
import org.daksetu.shared.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTransmissionStore implements TransmissionStore {

    static final String LANE_COLUMNS = """
            lane_id, from_hub, to_hub, mode, distance_km, transit_minutes, days, departure, cutoff, runs_on_holidays,
            capacity_bags, capacity_kg, active""";
    static final String INSERT_LANE = "INSERT INTO %s (" + LANE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;

    JdbcTransmissionStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public TransmissionNetwork load() {
        List<Hub> hubs = jdbc.sql("SELECT * FROM hub ORDER BY hub_code").query((rs, n) -> new Hub(rs.getString("hub_code"),
                rs.getString("name"), HubLevel.valueOf(rs.getString("level")), rs.getLong("office_id"), rs.getString("city"),
                rs.getString("state"), rs.getString("circle"), new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                Optional.ofNullable(rs.getString("parent_hub")))).list();
        Map<String, Lane> lanes = new LinkedHashMap<>();
        jdbc.sql("SELECT " + LANE_COLUMNS + " FROM lane ORDER BY lane_id").query(JdbcTransmissionStore::lane).list()
                .forEach(l -> lanes.put(l.id(), l));
        jdbc.sql("SELECT " + LANE_COLUMNS + " FROM lane_override ORDER BY lane_id").query(JdbcTransmissionStore::lane).list()
                .forEach(l -> lanes.put(l.id(), l));
        List<OfficeHubAssignment> assignments = jdbc.sql("SELECT pin, delivery_office_id, hub_code, ndc_code FROM office_hub")
                .query((rs, n) -> new OfficeHubAssignment(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)))).list();
        List<Lane> usable = lanes.values().stream().filter(l -> hubs.stream().anyMatch(h -> h.code().equals(l.from()))
                && hubs.stream().anyMatch(h -> h.code().equals(l.to()))).toList();
        return new TransmissionNetwork(hubs, usable, assignments);
    }

    @Override
    public BusinessCalendar calendar() {
        List<BusinessCalendar.Holiday> holidays = jdbc.sql("SELECT day, name FROM holiday ORDER BY day")
                .query((rs, n) -> new BusinessCalendar.Holiday(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
        return new BusinessCalendar(holidays, closures().stream().map(ClosureRecord::closure).toList());
    }

    @Override
    public void saveLaneOverride(Lane lane, String changedBy) {
        jdbc.sql("DELETE FROM lane_override WHERE lane_id = :id").param("id", lane.id()).update();
        jdbc.sql("""
                        INSERT INTO lane_override (lane_id, from_hub, to_hub, mode, distance_km, transit_minutes, days, departure,
                               cutoff, runs_on_holidays, capacity_bags, capacity_kg, active, changed_by)
                        VALUES (:id, :from, :to, :mode, :km, :transit, :days, :departure, :cutoff, :holidays, :bags, :kg, :active, :by)""")
                .param("id", lane.id()).param("from", lane.from()).param("to", lane.to()).param("mode", lane.mode().name())
                .param("km", lane.distanceKm()).param("transit", (int) lane.transit().toMinutes())
                .param("days", lane.schedule().daysText()).param("departure", lane.schedule().departure())
                .param("cutoff", lane.schedule().cutoff()).param("holidays", lane.schedule().runsOnHolidays())
                .param("bags", lane.capacityBags()).param("kg", lane.capacityKg()).param("active", lane.active())
                .param("by", changedBy).update();
    }

    @Override
    public boolean removeLaneOverride(String laneId) {
        return jdbc.sql("DELETE FROM lane_override WHERE lane_id = :id").param("id", laneId).update() > 0;
    }

    @Override
    public BusinessCalendar.Closure addClosure(long officeId, LocalDate from, LocalDate to, String reason) {
        jdbc.sql("INSERT INTO office_closure (office_id, from_day, to_day, reason) VALUES (:o, :f, :t, :r)")
                .param("o", officeId).param("f", from).param("t", to).param("r", reason).update();
        return new BusinessCalendar.Closure(officeId, from, to, reason);
    }

    @Override
    public boolean removeClosure(long id) {
        return jdbc.sql("DELETE FROM office_closure WHERE id = :id").param("id", id).update() > 0;
    }

    @Override
    public List<ClosureRecord> closures() {
        return jdbc.sql("SELECT id, office_id, from_day, to_day, reason FROM office_closure ORDER BY from_day, id")
                .query((rs, n) -> new ClosureRecord(rs.getLong(1), new BusinessCalendar.Closure(rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))).list();
    }

    static void bindLane(PreparedStatement ps, Lane l) throws SQLException {
        ps.setString(1, l.id());
        ps.setString(2, l.from());
        ps.setString(3, l.to());
        ps.setString(4, l.mode().name());
        ps.setDouble(5, l.distanceKm());
        ps.setInt(6, (int) l.transit().toMinutes());
        ps.setString(7, l.schedule().daysText());
        ps.setObject(8, l.schedule().departure());
        ps.setObject(9, l.schedule().cutoff());
        ps.setBoolean(10, l.schedule().runsOnHolidays());
        ps.setInt(11, l.capacityBags());
        ps.setInt(12, l.capacityKg());
        ps.setBoolean(13, l.active());
    }

    private static Lane lane(ResultSet rs, int row) throws SQLException {
        return new Lane(rs.getString("lane_id"), rs.getString("from_hub"), rs.getString("to_hub"),
                TransportMode.valueOf(rs.getString("mode")), rs.getDouble("distance_km"),
                Duration.ofMinutes(rs.getInt("transit_minutes")),
                new DepartureSchedule(DepartureSchedule.parseDays(rs.getString("days")), rs.getObject("departure", LocalTime.class),
                        rs.getObject("cutoff", LocalTime.class), rs.getBoolean("runs_on_holidays")),
                rs.getInt("capacity_bags"), rs.getInt("capacity_kg"), rs.getBoolean("active"));
    }
}
