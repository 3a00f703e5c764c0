package org.daksetu.capacity.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.daksetu.capacity.application.CapacityStore;
import org.daksetu.capacity.domain.Room;
import org.daksetu.capacity.domain.WaitingBag;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.db.CopyText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Capacity in PostgreSQL: plain SQL, COPY for bags and their articles, set-based updates for allocations. */
@Repository
class JdbcCapacityStore implements CapacityStore {

    /** Serialises allocation runs and offer changes ("capa" in ASCII). */
    static final long LOCK = 0x6361_7061_0000L;
    private static final int CHUNK = 50_000;

    private static final String TEMP = """
            CREATE TEMP TABLE IF NOT EXISTS capacity_placed (
                bag text, departure timestamptz, offer_id bigint, delay_days int) ON COMMIT DELETE ROWS""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    JdbcCapacityStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    private static OffsetDateTime at(LocalDateTime ist) {
        return ist.atOffset(RoutingRules.IST_OFFSET);
    }

    private static LocalDateTime ist(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(RoutingRules.IST_OFFSET).toLocalDateTime();
    }

    @Override
    public void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", LOCK).query().singleRow();
    }

    private static final String OFFER_COLUMNS = "id, party, lane_id, departs_at, truck, bags, kg, terms, status, created_at, "
            + "updated_at, withdrawn_at";

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(rs.getLong(1), rs.getString(2), rs.getString(3), ist(rs, 4), rs.getString(5),
                new Room(rs.getInt(6), rs.getInt(7)), Optional.ofNullable(rs.getString(8)), rs.getString(9), ist(rs, 10),
                ist(rs, 11), Optional.ofNullable(ist(rs, 12)));
    }

    @Override
    public Offer addOffer(String party, String laneId, LocalDateTime departsAt, String truck, Room room, Optional<String> terms,
                          LocalDateTime now) {
        long id = jdbc.sql("""
                        INSERT INTO capacity_offer (party, lane_id, departs_at, truck, bags, kg, terms, created_at, updated_at)
                        VALUES (:party, :lane, :departs, :truck, :bags, :kg, :terms, :now, :now) RETURNING id""")
                .param("party", party).param("lane", laneId).param("departs", at(departsAt)).param("truck", truck)
                .param("bags", room.bags()).param("kg", room.kg()).param("terms", terms.orElse(null))
                .param("now", at(now)).query(Long.class).single();
        return offer(id).orElseThrow();
    }

    @Override
    public Optional<Offer> offer(long id) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM capacity_offer WHERE id = :id").param("id", id)
                .query(JdbcCapacityStore::offer).optional();
    }

    @Override
    public Offer changeOffer(long id, LocalDateTime departsAt, String truck, Room room, Optional<String> terms, LocalDateTime now) {
        jdbc.sql("""
                        UPDATE capacity_offer SET departs_at = :departs, truck = :truck, bags = :bags, kg = :kg,
                               terms = :terms, updated_at = :now WHERE id = :id""")
                .param("departs", at(departsAt)).param("truck", truck).param("bags", room.bags()).param("kg", room.kg())
                .param("terms", terms.orElse(null)).param("now", at(now)).param("id", id).update();
        return offer(id).orElseThrow();
    }

    @Override
    public void withdrawOffer(long id, LocalDateTime now) {
        jdbc.sql("UPDATE capacity_offer SET status = 'WITHDRAWN', withdrawn_at = :now, updated_at = :now WHERE id = :id")
                .param("now", at(now)).param("id", id).update();
    }

    @Override
    public List<Offer> offers(Optional<String> party, Optional<String> laneId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + """
                         FROM capacity_offer
                        WHERE departs_at >= :from AND departs_at < :to
                          AND (CAST(:party AS text) IS NULL OR party = :party)
                          AND (CAST(:lane AS text) IS NULL OR lane_id = :lane)
                        ORDER BY departs_at, id""")
                .param("from", at(from)).param("to", at(to)).param("party", party.orElse(null))
                .param("lane", laneId.orElse(null)).query(JdbcCapacityStore::offer).list();
    }

    @Override
    public List<Offer> openOffers(Collection<String> laneIds, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + """
                         FROM capacity_offer
                        WHERE status = 'OPEN' AND departs_at >= :from AND departs_at < :to AND lane_id = ANY (:lanes)
                        ORDER BY departs_at, id""")
                .param("from", at(from)).param("to", at(to)).param("lanes", laneIds.toArray(String[]::new))
                .query(JdbcCapacityStore::offer).list();
    }

    @Override
    public Set<String> knownBags(Collection<String> bags) {
        if (bags.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT bag FROM capacity_bag WHERE bag = ANY (:bags)")
                .param("bags", bags.toArray(String[]::new)).query(String.class).list());
    }

    @Override
    public void addBags(List<NewBag> bags, List<BagArticle> articles) {
        if (bags.isEmpty()) {
            return;
        }
        with(c -> {
            CopyText rows = new CopyText(bags.size() * 120 + 64);
            for (NewBag b : bags) {
                rows.add(b.bag()).add(b.hub()).add(b.laneId()).add(at(b.closedAt())).add(b.kg()).add(b.parcels())
                        .add(b.earliestEdd()).add(at(b.plannedDeparture())).endRow();
            }
            rows.copyInto(c, "capacity_bag", "bag, hub, lane_id, closed_at, kg, parcels, earliest_edd, planned_departure");
            for (int i = 0; i < articles.size(); i += CHUNK) {
                List<BagArticle> part = articles.subList(i, Math.min(articles.size(), i + CHUNK));
                CopyText a = new CopyText(part.size() * 50 + 64);
                for (BagArticle x : part) {
                    a.add(x.bag()).add(x.article()).add(x.shipperId()).add(x.edd()).endRow();
                }
                a.copyInto(c, "capacity_bag_article", "bag, article, shipper_id, edd");
            }
            return null;
        });
    }

    @Override
    public List<WaitingBag> waiting(Optional<Collection<String>> laneIds) {
        return jdbc.sql("""
                        SELECT bag, lane_id, closed_at, kg, earliest_edd, planned_departure FROM capacity_bag
                         WHERE departure IS NULL AND (CAST(:all AS boolean) OR lane_id = ANY (:lanes))""")
                .param("all", laneIds.isEmpty()).param("lanes", laneIds.map(l -> l.toArray(String[]::new)).orElse(new String[0]))
                .query((rs, n) -> new WaitingBag(rs.getString(1), rs.getString(2), ist(rs, 3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), ist(rs, 6)))
                .list();
    }

    @Override
    public List<Allocated> allocatedAfter(Optional<Collection<String>> laneIds, LocalDateTime at) {
        return jdbc.sql("""
                        SELECT bag, lane_id, closed_at, kg, earliest_edd, planned_departure, departure, offer_id, delay_days
                          FROM capacity_bag
                         WHERE departure > :at AND (CAST(:all AS boolean) OR lane_id = ANY (:lanes))""")
                .param("at", at(at)).param("all", laneIds.isEmpty())
                .param("lanes", laneIds.map(l -> l.toArray(String[]::new)).orElse(new String[0]))
                .query((rs, n) -> new Allocated(new WaitingBag(rs.getString(1), rs.getString(2), ist(rs, 3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), ist(rs, 6)), ist(rs, 7), Optional.ofNullable((Long) rs.getObject(8)),
                        rs.getInt(9)))
                .list();
    }

    @Override
    public List<Used> used(Collection<String> laneIds, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                        SELECT lane_id, departure, offer_id, count(*), sum(kg) FROM capacity_bag
                         WHERE lane_id = ANY (:lanes) AND departure >= :from AND departure < :to
                         GROUP BY lane_id, departure, offer_id""")
                .param("lanes", laneIds.toArray(String[]::new)).param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new Used(rs.getString(1), ist(rs, 2), Optional.ofNullable((Long) rs.getObject(3)),
                        rs.getInt(4), rs.getInt(5)))
                .list();
    }

    @Override
    public void place(List<Placed> placed, LocalDateTime now) {
        if (placed.isEmpty()) {
            return;
        }
        with(c -> {
            try (var st = c.createStatement()) {
                st.execute(TEMP);
            }
            CopyText rows = new CopyText(placed.size() * 60 + 64);
            for (Placed p : placed) {
                rows.add(p.bag()).add(p.departsAt() == null ? null : at(p.departsAt())).add(p.offerId().orElse(null))
                        .add(p.delayDays()).endRow();
            }
            rows.copyInto(c, "capacity_placed", "bag, departure, offer_id, delay_days");
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE capacity_bag b SET departure = p.departure, offer_id = p.offer_id, delay_days = p.delay_days,
                           allocated_at = CASE WHEN p.departure IS NULL THEN NULL ELSE ? END
                      FROM capacity_placed p WHERE b.bag = p.bag""")) {
                ps.setObject(1, at(now));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void addOverflows(List<Overflow> overflows, LocalDateTime now) {
        with(c -> {
            CopyText rows = new CopyText(overflows.size() * 100 + 64);
            for (Overflow o : overflows) {
                rows.add(o.bag()).add(o.laneId()).add(at(o.plannedDeparture())).add(o.departure().map(JdbcCapacityStore::at).orElse(null))
                        .add(o.delayDays()).add(o.parcels()).add(o.cause()).add(at(now)).endRow();
            }
            rows.copyInto(c, "capacity_overflow", "bag, lane_id, planned_departure, departure, delay_days, parcels, cause, recorded_at");
            return null;
        });
    }

    @Override
    public List<BagArticle> articles(Collection<String> bags) {
        return jdbc.sql("SELECT bag, article, shipper_id, edd FROM capacity_bag_article WHERE bag = ANY (:bags) ORDER BY bag, article")
                .param("bags", bags.toArray(String[]::new))
                .query((rs, n) -> new BagArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    @Override
    public List<String> release(long offerId) {
        return jdbc.sql("""
                        UPDATE capacity_bag SET departure = NULL, offer_id = NULL, allocated_at = NULL
                         WHERE offer_id = :id RETURNING bag""")
                .param("id", offerId).query(String.class).list();
    }

    @Override
    public Optional<BagView> bag(String bag) {
        return jdbc.sql("""
                        SELECT bag, hub, lane_id, closed_at, kg, parcels, earliest_edd, planned_departure, departure, offer_id,
                               delay_days FROM capacity_bag WHERE bag = :bag""")
                .param("bag", bag)
                .query((rs, n) -> new BagView(rs.getString(1), rs.getString(2), rs.getString(3), ist(rs, 4), rs.getInt(5),
                        rs.getInt(6), rs.getObject(7, LocalDate.class), ist(rs, 8), Optional.ofNullable(ist(rs, 9)),
                        Optional.ofNullable((Long) rs.getObject(10)), rs.getInt(11)))
                .optional();
    }

    @Override
    public List<OfferUse> uses(long offerId) {
        return jdbc.sql("""
                        SELECT b.bag, b.hub, b.kg, b.parcels, a.shipper_id, count(*)
                          FROM capacity_bag b JOIN capacity_bag_article a ON a.bag = b.bag
                         WHERE b.offer_id = :id
                         GROUP BY b.bag, b.hub, b.kg, b.parcels, a.shipper_id ORDER BY b.bag, a.shipper_id""")
                .param("id", offerId)
                .query((rs, n) -> new OfferUse(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    @Override
    public List<LaneDayUse> laneDayUse(LocalDate from, LocalDate to, Optional<String> laneId) {
        return jdbc.sql("""
                        SELECT lane_id, (departure AT TIME ZONE 'Asia/Kolkata')::date, offer_id IS NULL, count(*), sum(kg),
                               sum(parcels)
                          FROM capacity_bag
                         WHERE departure >= :from AND departure < :to AND (CAST(:lane AS text) IS NULL OR lane_id = :lane)
                         GROUP BY 1, 2, 3 ORDER BY 1, 2""")
                .param("from", at(from.atStartOfDay())).param("to", at(to.plusDays(1).atStartOfDay()))
                .param("lane", laneId.orElse(null))
                .query((rs, n) -> new LaneDayUse(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    @Override
    public List<OverflowDay> overflows(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT lane_id, (planned_departure AT TIME ZONE 'Asia/Kolkata')::date, cause, count(*), sum(parcels),
                               sum(parcels::bigint * delay_days)
                          FROM capacity_overflow
                         WHERE planned_departure >= :from AND planned_departure < :to
                         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .param("from", at(from.atStartOfDay())).param("to", at(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new OverflowDay(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getLong(6)))
                .list();
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T with(Work<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("capacity store: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
