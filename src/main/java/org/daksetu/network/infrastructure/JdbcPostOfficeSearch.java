package org.daksetu.network.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PostOfficeSearch;
import org.daksetu.network.domain.PostOffice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search in SQL: a prefix match uses the {@code text_pattern_ops} index on the lower-case name, a
 * substring match the trigram index. Matching rows come back as ids and are resolved against the
 * in-memory network, so the search and the office pages always show the same office.
 */
@Repository
class JdbcPostOfficeSearch implements PostOfficeSearch {

    private final JdbcClient jdbc;
    private final NetworkDirectory network;

    JdbcPostOfficeSearch(DataSource dataSource, NetworkDirectory network) {
        this.jdbc = JdbcClient.create(dataSource);
        this.network = network;
    }

    @Override
    public Page search(Criteria c) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        c.name().ifPresent(n -> {
            String escaped = n.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.add("lower(name) LIKE :name");
            params.put("name", c.match() == NameMatch.PREFIX ? escaped + "%" : "%" + escaped + "%");
        });
        c.state().ifPresent(s -> {
            where.add("lower(state) = lower(:state)");
            params.put("state", s);
        });
        c.district().ifPresent(d -> {
            where.add("lower(district) = lower(:district)");
            params.put("district", d);
        });
        c.tier().ifPresent(t -> {
            where.add("tier = :tier");
            params.put("tier", t.name());
        });
        c.pin().ifPresent(p -> {
            where.add("pin = :pin");
            params.put("pin", p);
        });
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM post_office" + filter).params(params).query(Long.class).single();
        params.put("limit", c.size());
        params.put("offset", (long) c.page() * c.size());
        List<Long> ids = jdbc.sql("SELECT office_id FROM post_office" + filter
                        + " ORDER BY lower(name), office_id LIMIT :limit OFFSET :offset")
                .params(params).query(Long.class).list();
        List<PostOffice> offices = ids.stream().map(id -> network.snapshot().office(id)).flatMap(Optional::stream).toList();
        return new Page(offices, c.page(), c.size(), total);
    }
}
