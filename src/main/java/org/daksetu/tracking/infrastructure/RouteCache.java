package org.daksetu.tracking.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed routes by id. A route row never changes once written (its id names its content), so a
 * cached copy is never stale; the cache is emptied when it passes {@code MAX} entries.
 */
final class RouteCache {

    static final int MAX = 200_000;

    private final ConcurrentHashMap<Long, RouteJson.Stored> cache = new ConcurrentHashMap<>();

    /** The cached copy of route {@code id}, which becomes {@code route} if there was none. */
    RouteJson.Stored remember(long id, RouteJson.Stored route) {
        if (cache.size() > MAX) {
            cache.clear();
        }
        RouteJson.Stored before = cache.putIfAbsent(id, route);
        return before == null ? route : before;
    }

    Map<Long, RouteJson.Stored> load(Connection c, List<Long> ids) throws SQLException {
        Map<Long, RouteJson.Stored> out = new HashMap<>();
        List<Long> missing = ids.stream().filter(id -> {
            RouteJson.Stored s = cache.get(id);
            if (s != null) {
                out.put(id, s);
            }
            return s == null;
        }).toList();
        if (!missing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, itinerary, place_aliases FROM tracking_route WHERE id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("bigint", missing.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.put(id, remember(id, new RouteJson.Stored(RouteJson.itinerary(rs.getString(2)),
                                RouteJson.aliases(rs.getString(3)))));
                    }
                }
            }
        }
        return out;
    }
}
