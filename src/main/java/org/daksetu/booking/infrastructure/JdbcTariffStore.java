package org.daksetu.booking.infrastructure;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.daksetu.booking.application.TariffStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTariffStore implements TariffStore {

    private final JdbcClient jdbc;

    JdbcTariffStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<StoredSheet> all() {
        return jdbc.sql("SELECT id, sheet, source, loaded_at FROM tariff_version ORDER BY effective_from")
                .query((rs, n) -> new StoredSheet(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    @Override
    public boolean insert(String id, LocalDate effectiveFrom, String description, String sheet, String source) {
        return jdbc.sql("""
                        INSERT INTO tariff_version (id, effective_from, description, sheet, source)
                        VALUES (:id, :from, :description, :sheet, :source) ON CONFLICT DO NOTHING""")
                .param("id", id).param("from", effectiveFrom).param("description", description).param("sheet", sheet)
                .param("source", source).update() == 1;
    }

    @Override
    public String fingerprint() {
        return jdbc.sql("SELECT count(*) || '/' || coalesce(max(loaded_at)::text, '') FROM tariff_version").query(String.class).single();
    }
}
