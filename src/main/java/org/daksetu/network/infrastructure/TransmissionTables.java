package org.daksetu.network.infrastructure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.daksetu.network.application.TransmissionData;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.OfficeHubAssignment;
import org.postgresql.PGConnection;

/** Writes the transmission network into its tables inside the network import's transaction. */
final class TransmissionTables {

    private TransmissionTables() {
    }

    static void replace(Connection c, TransmissionData data) throws SQLException, java.io.IOException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM hub");
            s.execute("DELETE FROM lane");
            s.execute("DELETE FROM holiday");
            s.execute("TRUNCATE office_hub");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO hub (hub_code, name, level, office_id, city, state, circle, latitude, longitude, parent_hub)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Hub h : data.hubs()) {
                ps.setString(1, h.code());
                ps.setString(2, h.name());
                ps.setString(3, h.level().name());
                ps.setLong(4, h.officeId());
                ps.setString(5, h.city());
                ps.setString(6, h.state());
                ps.setString(7, h.circle());
                ps.setDouble(8, h.location().latitude());
                ps.setDouble(9, h.location().longitude());
                ps.setString(10, h.parent().orElse(null));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(JdbcTransmissionStore.INSERT_LANE.formatted("lane"))) {
            for (Lane l : data.lanes()) {
                JdbcTransmissionStore.bindLane(ps, l);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        StringBuilder rows = new StringBuilder(data.assignments().size() * 40);
        for (OfficeHubAssignment a : data.assignments()) {
            rows.append(a.pin()).append('\t').append(a.deliveryOfficeId()).append('\t').append(a.hubCode()).append('\t')
                    .append(a.ndcCode().orElse("")).append('\n');
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY office_hub FROM STDIN WITH (FORMAT text, NULL '')",
                new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO holiday (day, name) VALUES (?, ?)")) {
            for (BusinessCalendar.Holiday h : data.holidays()) {
                ps.setObject(1, h.date());
                ps.setString(2, h.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        check(c, "SELECT count(*), min(pin) FROM office_hub oh WHERE NOT EXISTS (SELECT 1 FROM post_office o "
                + "WHERE o.pin = oh.pin AND o.office_id = oh.delivery_office_id AND o.delivery_office_id = o.office_id)",
                "office-hubs.csv names a PIN or delivery office that the offices do not have, e.g. PIN ");
        check(c, "SELECT count(*), min(hub_code) FROM hub h WHERE NOT EXISTS (SELECT 1 FROM post_office o WHERE o.office_id = h.office_id)",
                "hubs.csv names an office that does not exist, e.g. hub ");
    }

    private static void check(Connection c, String sql, String problem) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new SQLException(rs.getLong(1) + " row(s): " + problem + rs.getString(2));
            }
        }
    }

}
