package org.daksetu.simulation.infrastructure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.daksetu.simulation.application.SimulationReport;
import org.daksetu.simulation.application.SimulationRuns;
import org.daksetu.simulation.domain.SimulationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSimulationRuns implements SimulationRuns {

    private final JdbcClient jdbc;

    JdbcSimulationRuns(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long started(SimulationSettings s) {
        return jdbc.sql("""
                INSERT INTO simulation_run (settings, seed, shipper, first_day, last_day, parcels_per_day, started_at)
                VALUES (:settings, :seed, :shipper, :first, :last, :ppd, :now) RETURNING id""")
                .param("settings", s.toString()).param("seed", s.seed()).param("shipper", s.shipper())
                .param("first", s.from()).param("last", s.until()).param("ppd", s.parcelsPerDay())
                .param("now", now()).query(Long.class).single();
    }

    @Override
    public void finished(long run, SimulationReport report) {
        jdbc.sql("""
                UPDATE simulation_run SET finished_at = :now, parcels_booked = :parcels, scans_sent = :scans, summary = :summary
                WHERE id = :id""").param("now", now()).param("parcels", report.parcelsBooked()).param("scans", report.scansSent())
                .param("summary", report.toString()).param("id", run).update();
    }

    @Override
    public boolean finishedBefore(SimulationSettings s) {
        return jdbc.sql("SELECT count(*) FROM simulation_run WHERE settings = :settings AND finished_at IS NOT NULL")
                .param("settings", s.toString()).query(Long.class).single() > 0;
    }

    /** Wall-clock time: the platform clock shows simulated time while a run goes on. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
