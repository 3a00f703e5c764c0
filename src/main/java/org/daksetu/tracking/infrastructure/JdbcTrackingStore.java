package org.daksetu.tracking.infrastructure;

import org.daksetu.platform.db.CopyBinary;
import org.daksetu.platform.db.CopyText;
import org.daksetu.platform.db.TransactionConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.FeedEntry;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.ParsedScan;
import org.daksetu.tracking.application.QuarantinedScan;
import org.daksetu.tracking.application.RegisteredArticle;
import org.daksetu.tracking.application.TrackedArticle;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.NextStep;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.daksetu.tracking.domain.Route;
import org.daksetu.tracking.domain.ScanCode;
import org.daksetu.tracking.domain.ScanEvent;
import org.daksetu.tracking.domain.TrackingState;
import org.daksetu.tracking.domain.TrackingStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tracking in PostgreSQL. Intake is set-based: the scans of a request are COPied into a staging
 * table and deduplicated, checked against the registered articles, appended and fanned out from
 * bags by a handful of INSERT ... SELECT statements, never one round trip per scan.
 */
@Repository
class JdbcTrackingStore implements TrackingStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcTrackingStore.class);

    /** Debug timing of the steps of one intake: "step ms, step ms, ...". */
    private static final class Laps {
        private final StringBuilder out = new StringBuilder();
        private long at = System.nanoTime();

        void lap(String step) {
            if (log.isDebugEnabled()) {
                long now = System.nanoTime();
                out.append(out.isEmpty() ? "" : ", ").append(step).append(' ').append((now - at) / 1_000_000).append(" ms");
                at = now;
            }
        }

        void log(String what) {
            if (log.isDebugEnabled()) {
                log.debug("{}: {}", what, out);
            }
        }
    }

    /** Serialises feed writers so feed_entry.seq is assigned in commit order (see V4__tracking.sql). */
    static final long FEED_LOCK = 0x7472_6163_6b00L;

    private static final String TEMP_TABLES = """
            CREATE TEMP TABLE IF NOT EXISTS tracking_stage (
                idx int, event_id text, article text, bag text, code text, place text, occurred_at timestamptz,
                reason text) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS tracking_new_scan (
                event_id text, article text, code text, place text, occurred_at timestamptz, reason text, bag text)
                ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS tracking_new_bag_scan (
                event_id text, bag text, code text, place text, occurred_at timestamptz) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS tracking_new_member (bag text, article text) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS tracking_state_stage (
                shipper_id text, article text, status text, location text, last_event_id text, last_code text, last_place text,
                last_at timestamptz, next_step text, next_place text, next_by timestamptz, misrouted boolean,
                edd date, revised_edd date, attempts int, events int, anomalies jsonb) ON COMMIT DELETE ROWS""";

    private static final String CLEAR_TEMP_TABLES = """
            DELETE FROM tracking_stage; DELETE FROM tracking_new_scan; DELETE FROM tracking_new_bag_scan;
            DELETE FROM tracking_new_member; DELETE FROM tracking_state_stage""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final RouteCache routes = new RouteCache();
    private final ArticleCache cache;

    JdbcTrackingStore(DataSource dataSource, @Value("${daksetu.tracking.cache.max-articles:100000}") int cacheSize) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.cache = new ArticleCache(cacheSize);
    }

    /**
     * What one intake transaction knows between {@link #apply}, {@link #find} and {@link #publish}:
     * its clock value, whether the cache may stand in for the database, the scans it appended by
     * article, and the articles as they will stand once it commits.
     */
    private static final class Intake {
        final long seq;
        final boolean cacheUsable;
        final Map<String, List<ScanEvent>> newScans = new LinkedHashMap<>();
        /** The scans appended since the last {@link #publish}, by article: each goes to the feed once. */
        final Map<String, List<ScanEvent>> unpublished = new LinkedHashMap<>();
        /** Articles as they stand in this transaction, read by the direct append: no second read for {@link #find}. */
        final Map<String, TrackedArticle> current = new HashMap<>();
        final Map<String, TrackedArticle> found = new HashMap<>();
        final Map<String, TrackedArticle> changed = new HashMap<>();

        Intake(long seq, boolean cacheUsable) {
            this.seq = seq;
            this.cacheUsable = cacheUsable;
        }
    }

    private Intake intake() {
        return (Intake) TransactionSynchronizationManager.getResource(this);
    }

    /** The intake clock's value and the node that wrote it last. */
    private record ClockValue(long seq, String writer) {
    }

    /** The clock as committed; {@code lock}: under its row lock, held to commit. */
    private static ClockValue readClock(Connection c, boolean lock) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, writer FROM tracking_intake_clock WHERE id = 1" + (lock ? " FOR UPDATE" : ""))) {
            rs.next();
            return new ClockValue(rs.getLong(1), rs.getString(2));
        }
    }

    @FunctionalInterface
    private interface CacheWait {
        boolean check() throws InterruptedException;
    }

    /** A cache check that may wait for this node's after-commit step. */
    private static boolean waitingForCache(CacheWait wait) {
        try {
            return wait.check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the tracking cache", e);
        }
    }

    /**
     * Advances the intake clock (row-locked until commit) and decides whether the cached histories
     * hold every committed change; after commit, the articles this transaction changed go into the
     * cache, whatever happened in between (an intake that changed nothing still advances the clock).
     */
    private Intake startIntake(Connection c) throws SQLException {
        Intake existing = intake();
        if (existing != null) {
            return existing;
        }
        ClockValue clock = readClock(c, true);
        try (PreparedStatement ps = c.prepareStatement("UPDATE tracking_intake_clock SET seq = ?, writer = ? WHERE id = 1")) {
            ps.setLong(1, clock.seq() + 1);
            ps.setString(2, cache.node);
            ps.executeUpdate();
        }
        Intake intake = new Intake(clock.seq() + 1, waitingForCache(() -> cache.usable(clock.seq(), clock.writer())));
        TransactionSynchronizationManager.bindResource(this, intake);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcTrackingStore.this);
                if (status == STATUS_COMMITTED) {
                    cache.committed(intake.seq, intake.changed);
                }
            }
        });
        return intake;
    }

    /**
     * Registers articles set-based: each distinct route of the batch is stored once by one
     * INSERT ... SELECT over arrays (its id looked up in the same statement), then every article
     * by one more; a route's JSON and digest are computed once per article, never per round trip.
     */
    @Override
    public int register(List<RegisteredArticle> articles) {
        if (articles.isEmpty()) {
            return 0;
        }
        long generation = cache.generation(); // before the insert: an intake committing after it stops the seeding
        return withConnection(c -> {
            String[] digests = new String[articles.size()];
            Map<String, String[]> distinct = new java.util.TreeMap<>();
            for (int i = 0; i < digests.length; i++) {
                Route route = articles.get(i).route();
                String itinerary = RouteJson.itinerary(route.itinerary());
                String aliases = RouteJson.aliases(route.aliases());
                digests[i] = RouteJson.digest(itinerary, aliases);
                distinct.putIfAbsent(digests[i], new String[] {itinerary, aliases});
            }
            Map<String, Long> routeIds = routeIds(c, distinct);
            int n = articles.size();
            String[] article = new String[n];
            String[] shipper = new String[n];
            String[] pickupPoint = new String[n];
            Integer[] pin = new Integer[n];
            Long[] cod = new Long[n];
            String[] bookedAt = new String[n];
            String[] edd = new String[n];
            Long[] routeId = new Long[n];
            for (int i = 0; i < n; i++) {
                ArticleRegistration r = articles.get(i).registration();
                article[i] = r.article().value();
                shipper[i] = r.shipperId();
                pickupPoint[i] = r.pickupPoint();
                pin[i] = r.destination().value();
                cod[i] = r.codPaise();
                bookedAt[i] = r.bookedAt().toString();
                edd[i] = r.edd().toString();
                routeId[i] = routeIds.get(digests[i]);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO tracked_article (article, shipper_id, pickup_point, destination_pin, cod_paise, booked_at,
                                                 edd, route_id)
                    SELECT a, s, p, d, cod, b::timestamptz, e::date, r
                      FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::text[], ?::text[], ?::bigint[])
                           AS t(a, s, p, d, cod, b, e, r)
                    ON CONFLICT (article) DO NOTHING
                    RETURNING article""")) {
                ps.setArray(1, c.createArrayOf("text", article));
                ps.setArray(2, c.createArrayOf("text", shipper));
                ps.setArray(3, c.createArrayOf("text", pickupPoint));
                ps.setArray(4, c.createArrayOf("int4", pin));
                ps.setArray(5, c.createArrayOf("int8", cod));
                ps.setArray(6, c.createArrayOf("text", bookedAt));
                ps.setArray(7, c.createArrayOf("text", edd));
                ps.setArray(8, c.createArrayOf("int8", routeId));
                Set<String> added = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        added.add(rs.getString(1));
                    }
                }
                seed(articles, routeIds, digests, added, generation);
                return added.size();
            }
        });
    }

    /**
     * After the registering transaction commits, its new articles go into the cache with their
     * empty history, exactly as a read from the database would build them, so their first scans
     * need no database read. Under the readers' rule ({@link ArticleCache#fill}): skipped if an
     * intake committed here since the registration began. A route's stored form is the route
     * registered (its JSON holds every field of every leg as text, so reading it back gives equal
     * values): the route cache takes it unless it holds that route already, and every article of
     * a route shares one copy.
     */
    private void seed(List<RegisteredArticle> articles, Map<String, Long> routeIds, String[] digests, Set<String> added,
                      long generation) {
        if (added.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<Long, RouteJson.Stored> stored = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Route route = articles.get(i).route();
            stored.computeIfAbsent(routeIds.get(digests[i]), id -> routes.remember(id,
                    new RouteJson.Stored(route.itinerary(), new java.util.LinkedHashMap<>(route.aliases()))));
        }
        Map<String, TrackedArticle> fresh = new HashMap<>(added.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            ArticleRegistration r = articles.get(i).registration();
            if (!added.contains(r.article().value()) || fresh.containsKey(r.article().value())) {
                continue;
            }
            RouteJson.Stored route = stored.get(routeIds.get(digests[i]));
            OffsetDateTime bookedAt = asStored(r.bookedAt());
            ArticleRegistration asStored = new ArticleRegistration(r.article(), r.shipperId(), r.pickupPoint(), r.destination(),
                    r.codPaise(), bookedAt, route.itinerary(), r.edd());
            fresh.put(r.article().value(), new TrackedArticle(new RegisteredArticle(asStored,
                    new Route(route.itinerary(), r.edd(), route.aliases())), List.of()));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.fillAll(fresh, generation);
            }
        });
    }

    /**
     * A time as PostgreSQL gives it back after storing it from text: in UTC, rounded to
     * microseconds half to even (its parser's {@code rint}).
     */
    static OffsetDateTime asStored(OffsetDateTime t) {
        Instant i = t.toInstant();
        long nanos = i.getNano(), rest = nanos % 1000, micros = nanos / 1000;
        if (rest > 500 || (rest == 500 && micros % 2 == 1)) {
            micros++;
        }
        return Instant.ofEpochSecond(i.getEpochSecond(), micros * 1000).atOffset(java.time.ZoneOffset.UTC);
    }

    /** One article read from the database, past the cache (tests compare the two). */
    Optional<TrackedArticle> fromDatabase(ArticleNumber article) {
        return findOne(article);
    }

    /** Whether this node's cache holds the article (tests). */
    boolean cached(ArticleNumber article) {
        return cache.holds(article.value());
    }

    /**
     * Stores each distinct route (digest -> itinerary and aliases JSON) once and returns the ids by
     * digest: one statement inserts the new ones, in digest order (so that two transactions lock
     * them in the same order), and answers the ids of those stored before. A route another
     * transaction inserts at the same moment is waited for by ON CONFLICT and is invisible to that
     * statement's snapshot: a new statement (a new snapshot) finds it, and if the other transaction
     * rolled back, the insert is tried again.
     */
    private static Map<String, Long> routeIds(Connection c, Map<String, String[]> distinct) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String[]> missing = distinct;
        for (int attempt = 0; attempt < 3 && !missing.isEmpty(); attempt++) {
            String[] digest = missing.keySet().toArray(String[]::new);
            String[] itinerary = new String[digest.length];
            String[] aliases = new String[digest.length];
            for (int i = 0; i < digest.length; i++) {
                itinerary[i] = missing.get(digest[i])[0];
                aliases[i] = missing.get(digest[i])[1];
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH input AS (SELECT d, it, al FROM unnest(?::text[], ?::text[], ?::text[]) AS t(d, it, al)),
                         ins AS (INSERT INTO tracking_route (digest, itinerary, place_aliases)
                                 SELECT d, it::jsonb, al::jsonb FROM input ORDER BY d
                                 ON CONFLICT (digest) DO NOTHING RETURNING digest, id)
                    SELECT digest, id FROM ins
                    UNION ALL SELECT r.digest, r.id FROM tracking_route r JOIN input ON r.digest = input.d""")) {
                ps.setArray(1, c.createArrayOf("text", digest));
                ps.setArray(2, c.createArrayOf("text", itinerary));
                ps.setArray(3, c.createArrayOf("text", aliases));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            Map<String, String[]> notFound = new java.util.TreeMap<>();
            missing.forEach((d, json) -> {
                if (!ids.containsKey(d)) {
                    notFound.put(d, json);
                }
            });
            if (!notFound.isEmpty()) {
                try (PreparedStatement select = c.prepareStatement("SELECT digest, id FROM tracking_route WHERE digest = ANY (?)")) {
                    select.setArray(1, c.createArrayOf("text", notFound.keySet().toArray()));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            ids.put(rs.getString(1), rs.getLong(2));
                            notFound.remove(rs.getString(1));
                        }
                    }
                }
            }
            missing = notFound;
        }
        if (!missing.isEmpty()) {
            throw new SQLException("routes " + missing.keySet() + " could be neither inserted nor found");
        }
        return ids;
    }

    @Override
    public Applied apply(List<ParsedScan> scans, String source, Instant receivedAt) {
        return withConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute(TEMP_TABLES);
                // Emptied at commit, but a caller may run several intakes in one transaction (the
                // delivery services do): each intake starts from empty working tables.
                st.execute(CLEAR_TEMP_TABLES);
            }
            if (scans.isEmpty()) {
                return new Applied(0, 0, 0, List.of(), Set.of(), null, null);
            }
            boolean direct = scans.stream().allMatch(s -> s.article().isPresent() && s.bag().isEmpty());
            if (direct && intake() == null) {
                Applied early = appendBeforeClock(c, scans, source, receivedAt);
                if (early != null) {
                    return early;
                }
            }
            // The clock row first: every append below runs under it, so the histories read are the
            // whole truth until this transaction commits.
            Intake intake = startIntake(c);
            if (direct) {
                Applied appended = appendDirect(c, intake, scans, source, receivedAt);
                if (appended != null) {
                    return appended;
                }
            }
            intake.current.clear(); // the set-based path below does not keep it
            Laps laps = new Laps();
            CopyText rows = new CopyText(Math.max(64, (scans.size() * 120)));
            for (ParsedScan s : scans) {
                rows.add(s.index()).add(s.eventId()).add(s.article().map(ArticleNumber::value).orElse(null))
                        .add(s.bag().orElse(null)).add(s.code().name()).add(s.place()).add(s.occurredAt())
                        .add(s.reason().map(NonDeliveryReason::code).orElse(null)).endRow();
            }
            rows.copyInto(c, "tracking_stage", "idx, event_id, article, bag, code, place, occurred_at, reason");
            // PostgreSQL keeps microseconds: the cached scans carry exactly what is stored.
            Timestamp now = Timestamp.from(receivedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));

            laps.lap("stage copy");
            List<Integer> unknown = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM tracking_stage s WHERE s.article IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM tracked_article a WHERE a.article = s.article)
                    RETURNING s.idx""")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unknown.add(rs.getInt(1));
                    }
                }
            }
            laps.lap("unknown");
            // The appended scans come back to us; only item-bagged scans that name a bag are kept aside in
            // SQL, for the bag memberships.
            List<Appended> appended = new ArrayList<>(scans.size());
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH ins AS (
                        INSERT INTO scan_event (event_id, article, code, place, occurred_at, received_at, reason, bag, source)
                        SELECT DISTINCT ON (article, event_id) event_id, article, code, place, occurred_at, ?, reason, bag, ?
                          FROM tracking_stage WHERE article IS NOT NULL ORDER BY article, event_id, idx
                        ON CONFLICT (article, event_id) DO NOTHING
                        RETURNING event_id, article, code, place, occurred_at, reason, bag),
                    bagged AS (INSERT INTO tracking_new_scan SELECT * FROM ins WHERE code = 'IG' AND bag IS NOT NULL)
                    SELECT event_id, article, code, place, occurred_at, reason, bag FROM ins""")) {
                ps.setTimestamp(1, now);
                ps.setString(2, source);
                readScans(ps, appended);
            }
            int articleScans = appended.size();
            laps.lap("append");
            int bagScans = count(c, now, source, """
                    WITH ins AS (
                        INSERT INTO bag_scan (event_id, bag, code, place, occurred_at, received_at, source)
                        SELECT DISTINCT ON (event_id) event_id, bag, code, place, occurred_at, ?, ?
                          FROM tracking_stage WHERE article IS NULL ORDER BY event_id, idx
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING event_id, bag, code, place, occurred_at),
                    moved AS (INSERT INTO tracking_new_bag_scan SELECT * FROM ins RETURNING 1)
                    SELECT count(*) FROM moved""");
            try (var st = c.createStatement()) {
                st.executeUpdate("""
                        WITH ins AS (
                            INSERT INTO bag_member (bag, article)
                            SELECT DISTINCT bag, article FROM tracking_new_scan WHERE code = 'IG' AND bag IS NOT NULL
                            ON CONFLICT DO NOTHING RETURNING bag, article)
                        INSERT INTO tracking_new_member SELECT * FROM ins""");
            }
            // A bag scan applies to the bag's members known now and to members whose bagging scan comes later.
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH pairs AS (
                        SELECT b.event_id, m.article, b.bag, b.code, b.place, b.occurred_at
                          FROM tracking_new_bag_scan b JOIN bag_member m ON m.bag = b.bag
                        UNION
                        SELECT b.event_id, nm.article, b.bag, b.code, b.place, b.occurred_at
                          FROM tracking_new_member nm JOIN bag_scan b ON b.bag = nm.bag),
                    ins AS (
                        INSERT INTO scan_event (event_id, article, code, place, occurred_at, received_at, reason, bag, source)
                        SELECT event_id || '/' || article, article, code, place, occurred_at, ?, NULL, bag, ? FROM pairs
                        ON CONFLICT (article, event_id) DO NOTHING
                        RETURNING event_id, article, code, place, occurred_at, reason, bag)
                    SELECT event_id, article, code, place, occurred_at, reason, bag FROM ins""")) {
                ps.setTimestamp(1, now);
                ps.setString(2, source);
                readScans(ps, appended);
            }
            laps.lap("bags");
            Set<ArticleNumber> affected = new HashSet<>();
            int applied = 0;
            Instant received = now.toInstant();
            Map<String, ArticleNumber> numbers = new HashMap<>();
            for (Appended r : appended) {
                ArticleNumber number = numbers.computeIfAbsent(r.article(), ArticleNumber::new);
                ScanEvent e = new ScanEvent(r.eventId(), number, ScanCode.valueOf(r.code()), r.place(), r.occurredAt(),
                        received, Optional.ofNullable(r.reason()).map(NonDeliveryReason::of), Optional.ofNullable(r.bag()));
                intake.newScans.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(e);
                intake.unpublished.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(e);
                applied++;
            }
            affected.addAll(numbers.values());
            laps.lap("read new");
            laps.log("apply");
            Set<Integer> unknownSet = new HashSet<>(unknown);
            List<ParsedScan> unknownScans = scans.stream().filter(s -> unknownSet.contains(s.index())).toList();
            int accepted = articleScans + bagScans;
            return new Applied(accepted, scans.size() - unknown.size() - accepted, applied, unknownScans, affected, null, null);
        });
    }

    /**
     * The append of a batch of article scans that names no bag (the usual one): the histories of its
     * articles are read first (from the cache when it holds every committed change, else from the
     * database; read under the clock row, they stay the whole truth until commit), so unknown
     * articles and duplicates are found in memory and the new scans go into scan_event by one binary
     * COPY. Its key still guards against a duplicate: if the COPY meets a stored key (a history that
     * was wrong), it is undone to a savepoint and null returned, and the set-based path takes the batch.
     */
    private Applied appendDirect(Connection c, Intake intake, List<ParsedScan> scans, String source, Instant receivedAt)
            throws SQLException {
        Laps laps = new Laps();
        Map<String, ArticleNumber> numbers = numbers(scans);
        DirectBatch batch = new DirectBatch(scans, numbers, byArticle(numbers.values()), receivedAt);
        laps.lap("histories and dedupe");
        List<TrackingState> states = copy(c, batch, source);
        if (states == null) {
            return null;
        }
        laps.lap("copy and derive");
        laps.log("direct append");
        return batch.applied(intake, states);
    }

    /**
     * The direct append of a transaction's first intake, done before the clock row is taken, so that
     * two intakes read, dedupe, store and derive at the same time and wait for each other only for
     * the states, the feed and the commit (docs/TRACKING.md, "Intake"). The clock value is read
     * first without the lock; the histories are then at least as new as it (the cache is used when
     * it holds every change up to it). Once the clock is held, the articles that intakes committed
     * in between changed are read again from the database (which now shows those intakes and this
     * one's own scans) and their states derived again; when the cache cannot name them (another
     * node wrote, or too many commits passed), all of the batch's articles are. Null when the batch
     * must go another way (a stored key met: the clock is taken and the usual path runs).
     */
    private Applied appendBeforeClock(Connection c, List<ParsedScan> scans, String source, Instant receivedAt)
            throws SQLException {
        Laps laps = new Laps();
        ClockValue clock = readClock(c, false);
        long seen = clock.seq();
        boolean fromCache = waitingForCache(() -> cache.completeThrough(seen, clock.writer()));
        Map<String, ArticleNumber> numbers = numbers(scans);
        Map<String, TrackedArticle> before = new HashMap<>(numbers.size() * 2);
        List<String> missing = new ArrayList<>();
        for (String key : numbers.keySet()) {
            TrackedArticle hit = fromCache ? cache.get(key) : null;
            if (hit != null) {
                before.put(key, hit);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            load(missing.toArray(String[]::new)).forEach(a -> before.put(a.article().registration().article().value(), a));
        }
        laps.lap("histories");
        DirectBatch batch = new DirectBatch(scans, numbers, before, receivedAt);
        laps.lap("dedupe");
        List<TrackingState> states = copy(c, batch, source);
        if (states == null) {
            return null;
        }
        laps.lap("copy and derive");
        Intake intake = startIntake(c);
        laps.lap("clock");
        java.util.Set<String> changed = cache.changedBetween(seen, intake.seq - 1, before.keySet());
        if (changed == null || !changed.isEmpty()) {
            String[] again = (changed == null ? before.keySet() : changed).toArray(String[]::new);
            boolean rederive = false;
            for (TrackedArticle a : load(again)) {
                String key = a.article().registration().article().value();
                if (batch.now.containsKey(key)) {
                    batch.now.put(key, a);
                    rederive = true;
                } else {
                    batch.before.put(key, a);
                }
            }
            if (rederive) {
                states = batch.now.values().stream().map(TrackedArticle::state).toList();
            }
            log.debug("intake {}: {} articles read again, changed by the {} intakes committed while it read", intake.seq,
                    again.length, intake.seq - 1 - seen);
        }
        laps.lap("changed meanwhile");
        laps.log("append before the clock");
        return batch.applied(intake, states);
    }

    private static Map<String, ArticleNumber> numbers(List<ParsedScan> scans) {
        Map<String, ArticleNumber> numbers = new LinkedHashMap<>();
        for (ParsedScan s : scans) {
            ArticleNumber n = s.article().orElseThrow();
            numbers.putIfAbsent(n.value(), n);
        }
        return numbers;
    }

    /**
     * A direct append worked out in memory: the scans of unknown articles, the new scans (a scan
     * whose id the article's history or an earlier scan of the batch has is a duplicate), and the
     * articles with their new scans.
     */
    private static final class DirectBatch {
        final List<ParsedScan> scans;
        final Map<String, TrackedArticle> before;
        final Instant received;
        final List<ParsedScan> unknown = new ArrayList<>();
        final List<ScanEvent> appended;
        final Map<String, TrackedArticle> now = new LinkedHashMap<>();

        DirectBatch(List<ParsedScan> scans, Map<String, ArticleNumber> numbers, Map<String, TrackedArticle> before,
                    Instant receivedAt) {
            this.scans = scans;
            this.before = before;
            List<ParsedScan> fresh = new ArrayList<>(scans.size());
            Map<String, SeenIds> seen = new HashMap<>();
            for (ParsedScan s : scans) {
                String key = s.article().orElseThrow().value();
                TrackedArticle a = before.get(key);
                if (a == null) {
                    unknown.add(s);
                    continue;
                }
                if (seen.computeIfAbsent(key, k -> new SeenIds(a.history())).add(s.eventId())) { // the first of a request's repeats is kept
                    fresh.add(s);
                }
            }
            // PostgreSQL keeps microseconds: the cached scans carry exactly what is stored.
            received = receivedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            appended = new ArrayList<>(fresh.size());
            Map<String, List<ScanEvent>> byArticle = new LinkedHashMap<>();
            for (ParsedScan s : fresh) {
                ScanEvent e = new ScanEvent(s.eventId(), numbers.get(s.article().orElseThrow().value()), s.code(), s.place(),
                        s.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS), received, s.reason(), Optional.empty());
                appended.add(e);
                byArticle.computeIfAbsent(e.article().value(), k -> new ArrayList<>()).add(e);
            }
            byArticle.forEach((key, added) -> {
                TrackedArticle a = before.get(key);
                List<ScanEvent> history = new ArrayList<>(a.history().size() + added.size());
                history.addAll(a.history());
                history.addAll(added);
                now.put(key, new TrackedArticle(a.article(), history));
            });
        }

        /** What the intake learns of this append, and the answer to the caller. */
        Applied applied(Intake intake, List<TrackingState> states) {
            Set<ArticleNumber> affected = new HashSet<>();
            for (ScanEvent e : appended) {
                String key = e.article().value();
                intake.newScans.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                intake.unpublished.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                affected.add(e.article());
            }
            intake.current.putAll(before);
            intake.current.putAll(now);
            intake.found.putAll(now);
            return new Applied(appended.size(), scans.size() - unknown.size() - appended.size(), appended.size(), unknown,
                    affected, List.copyOf(now.values()), states);
        }
    }

    /**
     * Stores the batch's new scans by one binary COPY and derives the states of its articles while
     * the server writes; null (and the COPY undone to a savepoint) when a scan's key is stored already.
     */
    private List<TrackingState> copy(Connection c, DirectBatch batch, String source) throws SQLException {
        if (batch.appended.isEmpty()) {
            return List.of();
        }
        List<TrackingState> states;
        java.sql.Savepoint savepoint = c.setSavepoint();
        CopyBinary rows = CopyBinary.streaming(c, "scan_event",
                "event_id, article, code, place, occurred_at, received_at, reason, bag, source", batch.appended.size() * 100);
        try {
            for (ScanEvent e : batch.appended) {
                rows.row(9).text(e.eventId()).text(e.article().value()).text(e.code().name()).text(e.place())
                        .timestamp(e.occurredAt()).timestamp(batch.received).text(e.reason().map(NonDeliveryReason::code).orElse(null))
                        .nullValue().text(source);
            }
            rows.flush();
            // The states are derived while the server stores the scans.
            states = batch.now.values().stream().map(TrackedArticle::state).toList();
            rows.finish();
        } catch (IllegalStateException e) {
            rows.abandon();
            if (e.getCause() instanceof SQLException se && "23505".equals(se.getSQLState())) {
                c.rollback(savepoint);
                log.warn("a scan of this batch was already stored although the history read did not show it; "
                        + "the batch goes the set-based way");
                return null;
            }
            throw e;
        } catch (RuntimeException e) {
            rows.abandon();
            throw e;
        }
        c.releaseSavepoint(savepoint);
        return states;
    }

    /**
     * The event ids of an article's history and of the scans kept from this batch. Histories are a
     * few scans long, and a look along them beats building a hash set for each of 50,000 articles;
     * a long one (or many scans of one article in a batch) gets a set.
     */
    private static final class SeenIds {
        private static final int SMALL = 32;
        private final List<ScanEvent> history;
        private final List<String> added = new ArrayList<>(4);
        private Set<String> all;

        SeenIds(List<ScanEvent> history) {
            this.history = history;
            if (history.size() > SMALL) {
                toSet();
            }
        }

        /** Adds the id; false when it was there already. */
        boolean add(String id) {
            if (all != null) {
                return all.add(id);
            }
            for (int i = 0, n = history.size(); i < n; i++) {
                if (history.get(i).eventId().equals(id)) {
                    return false;
                }
            }
            if (added.contains(id)) {
                return false;
            }
            added.add(id);
            if (added.size() > SMALL) {
                toSet();
            }
            return true;
        }

        private void toSet() {
            all = new HashSet<>();
            history.forEach(e -> all.add(e.eventId()));
            all.addAll(added);
        }
    }

    private record Appended(String eventId, String article, String code, String place, Instant occurredAt, String reason,
                            String bag) {
    }

    private static void readScans(PreparedStatement ps, List<Appended> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(new Appended(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7)));
            }
        }
    }

    private static int count(Connection c, Timestamp now, String source, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, now);
            ps.setString(2, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Whether what this thread reads now is committed data only (no transaction, or a read-only one). */
    private static boolean committedView() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** One article: from the cache, else in one round trip (the public tracking path). */
    @Override
    public Optional<TrackedArticle> find(ArticleNumber article) {
        if (intake() != null) {
            return find(List.of(article)).stream().findFirst();
        }
        TrackedArticle hit = cache.get(article.value());
        if (hit != null) {
            return Optional.of(hit);
        }
        boolean fill = committedView();
        long generation = cache.generation();
        Optional<TrackedArticle> found = findOne(article);
        if (fill) {
            found.ifPresent(a -> cache.fill(article.value(), a, generation));
        }
        return found;
    }

    private Optional<TrackedArticle> findOne(ArticleNumber article) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.article, a.shipper_id, a.pickup_point, a.destination_pin, a.cod_paise, a.booked_at, a.edd,
                           a.route_id, e.event_id, e.code, e.place, e.occurred_at, e.received_at, e.reason, e.bag
                      FROM tracked_article a LEFT JOIN scan_event e ON e.article = a.article
                     WHERE a.article = ?""")) {
                ps.setString(1, article.value());
                try (ResultSet rs = ps.executeQuery()) {
                    ArticleRow row = null;
                    List<ScanEvent> history = new ArrayList<>();
                    while (rs.next()) {
                        if (row == null) {
                            row = articleRow(rs);
                        }
                        if (rs.getString(9) != null) {
                            history.add(new ScanEvent(rs.getString(9), row.article(), ScanCode.valueOf(rs.getString(10)),
                                    rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant(),
                                    Optional.ofNullable(rs.getString(14)).map(NonDeliveryReason::of),
                                    Optional.ofNullable(rs.getString(15))));
                        }
                    }
                    if (row == null) {
                        return Optional.<TrackedArticle>empty();
                    }
                    RouteJson.Stored route = routes.load(c, List.of(row.routeId())).get(row.routeId());
                    ArticleRegistration r = new ArticleRegistration(row.article(), row.shipperId(), row.pickupPoint(),
                            row.destination(), row.codPaise(), row.bookedAt(), route.itinerary(), row.edd());
                    return Optional.of(new TrackedArticle(new RegisteredArticle(r,
                            new Route(route.itinerary(), row.edd(), route.aliases())), history));
                }
            }
        });
    }

    /**
     * Articles with their histories. In an intake whose cache is usable, a cached article's history
     * is the cached one plus the scans this intake appended; the others are read from the database.
     */
    @Override
    public List<TrackedArticle> find(Collection<ArticleNumber> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, TrackedArticle>> sorted = new ArrayList<>(byArticle(articles).entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        return sorted.stream().map(Map.Entry::getValue).toList();
    }

    /** {@link #find}'s articles by number, in no order (intake needs none, and sorting 50,000 is not free). */
    private Map<String, TrackedArticle> byArticle(Collection<ArticleNumber> articles) {
        Intake intake = intake();
        boolean fill = intake == null && committedView();
        long generation = cache.generation();
        Map<String, TrackedArticle> out = new HashMap<>(articles.size() * 2);
        List<String> missing = new ArrayList<>();
        for (ArticleNumber number : articles) {
            String key = number.value();
            if (out.containsKey(key)) {
                continue;
            }
            TrackedArticle now = intake == null ? null : intake.current.get(key);
            if (now != null) {
                out.put(key, now);
                continue;
            }
            TrackedArticle hit = intake == null || intake.cacheUsable ? cache.get(key) : null;
            if (hit == null) {
                missing.add(key);
                continue;
            }
            List<ScanEvent> added = intake == null ? null : intake.newScans.get(key);
            if (added != null) {
                List<ScanEvent> history = new ArrayList<>(hit.history().size() + added.size());
                history.addAll(hit.history());
                history.addAll(added);
                hit = new TrackedArticle(hit.article(), history);
            }
            out.put(key, hit);
        }
        if (!missing.isEmpty()) {
            for (TrackedArticle a : load(missing.stream().distinct().toArray(String[]::new))) {
                String key = a.article().registration().article().value();
                out.put(key, a);
                if (fill) {
                    cache.fill(key, a, generation);
                }
            }
        }
        if (intake != null) {
            intake.found.putAll(out);
            log.debug("intake {}: cache {}, {} articles from the cache, {} from the database", intake.seq,
                    intake.cacheUsable ? "usable" : "not usable", out.size() - missing.size(), missing.size());
        }
        return out;
    }

    private List<TrackedArticle> load(String[] keys) {
        return withConnection(c -> {
            Map<String, RegisteredArticle> registered = new LinkedHashMap<>();
            List<ArticleRow> rows = select(c, """
                    SELECT article, shipper_id, pickup_point, destination_pin, cod_paise, booked_at, edd, route_id
                      FROM tracked_article WHERE article = ANY (?) ORDER BY article""",
                    c.createArrayOf("text", keys), JdbcTrackingStore::articleRow);
            Map<Long, RouteJson.Stored> stored = routes.load(c, rows.stream().map(ArticleRow::routeId).distinct().toList());
            for (ArticleRow row : rows) {
                RouteJson.Stored route = stored.get(row.routeId());
                ArticleRegistration r = new ArticleRegistration(row.article(), row.shipperId(), row.pickupPoint(),
                        row.destination(), row.codPaise(), row.bookedAt(), route.itinerary(), row.edd());
                registered.put(row.article().value(), new RegisteredArticle(r,
                        new Route(route.itinerary(), row.edd(), route.aliases())));
            }
            if (registered.isEmpty()) {
                return List.<TrackedArticle>of();
            }
            Map<String, List<ScanEvent>> histories = new HashMap<>();
            for (ScanEvent e : select(c, """
                    SELECT event_id, article, code, place, occurred_at, received_at, reason, bag
                      FROM scan_event WHERE article = ANY (?)""",
                    c.createArrayOf("text", registered.keySet().toArray()), JdbcTrackingStore::scan)) {
                histories.computeIfAbsent(e.article().value(), k -> new ArrayList<>()).add(e);
            }
            return registered.values().stream().map(a -> new TrackedArticle(a,
                    histories.getOrDefault(a.registration().article().value(), List.of()))).toList();
        });
    }

    private record ArticleRow(ArticleNumber article, String shipperId, String pickupPoint, Pin destination, long codPaise,
                              OffsetDateTime bookedAt, java.time.LocalDate edd, long routeId) {
    }

    private static ArticleRow articleRow(ResultSet rs) throws SQLException {
        return new ArticleRow(new ArticleNumber(rs.getString(1)), rs.getString(2), rs.getString(3), new Pin(rs.getInt(4)),
                rs.getLong(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, java.time.LocalDate.class),
                rs.getLong(8));
    }

    private static ScanEvent scan(ResultSet rs) throws SQLException {
        return new ScanEvent(rs.getString(1), new ArticleNumber(rs.getString(2)), ScanCode.valueOf(rs.getString(3)),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                Optional.ofNullable(rs.getString(7)).map(NonDeliveryReason::of), Optional.ofNullable(rs.getString(8)));
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> select(Connection c, String sql, java.sql.Array parameter, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    @Override
    public void publish(Map<ArticleNumber, String> shippers, List<TrackingState> states, Instant at) {
        withConnection(c -> {
            if (!states.isEmpty()) {
                Laps laps = new Laps();
                CopyBinary rows = CopyBinary.streaming(c, "tracking_state_stage", "shipper_id, article, status, location, "
                        + "last_event_id, last_code, last_place, last_at, next_step, next_place, next_by, misrouted, edd, revised_edd, "
                        + "attempts, events, anomalies", states.size() * 160);
                try {
                    for (TrackingState s : states) {
                        Optional<ScanEvent> last = s.lastEvent();
                        Optional<NextStep> next = s.nextStep();
                        rows.row(17).text(shippers.get(s.article())).text(s.article().value()).text(s.status().name())
                                .text(s.location().orElse(null))
                                .text(last.map(ScanEvent::eventId).orElse(null))
                                .text(last.map(e -> e.code().name()).orElse(null))
                                .text(last.map(ScanEvent::place).orElse(null))
                                .timestamp(last.map(ScanEvent::occurredAt).orElse(null))
                                .text(next.map(NextStep::description).orElse(null))
                                .text(next.flatMap(NextStep::place).orElse(null))
                                .timestamp(next.flatMap(NextStep::plannedBy).map(OffsetDateTime::toInstant).orElse(null))
                                .bool(s.misrouted()).date(s.edd()).date(s.revisedEdd().orElse(null)).int4(s.deliveryAttempts())
                                .int4(s.events()).jsonb(s.anomalies().isEmpty() ? "[]" : RouteJson.JSON.writeValueAsString(s.anomalies()));
                    }
                    rows.finish();
                } catch (RuntimeException e) {
                    rows.abandon();
                    throw e;
                }
                laps.lap("state rows and copy");
                // Existing rows are updated in place (HOT: no indexed column changes), new ones inserted.
                // Each staged row finds its row by the primary key: the planner, blind to the staging
                // table's size, would otherwise hash the whole of tracking_state for every intake (a
                // cost growing with every article ever tracked); see indexLookups.
                String[] planner = indexLookups(c);
                Timestamp updated = Timestamp.from(at);
                int updatedRows;
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE tracking_state t SET status = s.status, location = s.location,
                               last_event_id = s.last_event_id, last_code = s.last_code, last_place = s.last_place,
                               last_at = s.last_at, next_step = s.next_step, next_place = s.next_place,
                               next_by = s.next_by, misrouted = s.misrouted, edd = s.edd, revised_edd = s.revised_edd,
                               attempts = s.attempts, events = s.events, anomalies = s.anomalies, updated_at = ?
                          FROM tracking_state_stage s
                         WHERE t.article = s.article""")) {
                    ps.setTimestamp(1, updated);
                    updatedRows = ps.executeUpdate();
                }
                laps.lap("state update");
                // Only articles scanned for the first time have no row yet.
                if (updatedRows < states.size()) {
                    try (PreparedStatement ps = c.prepareStatement("""
                            INSERT INTO tracking_state (article, status, location, last_event_id, last_code, last_place, last_at,
                                   next_step, next_place, next_by, misrouted, edd, revised_edd, attempts, events, anomalies,
                                   updated_at)
                            SELECT article, status, location, last_event_id, last_code, last_place, last_at, next_step,
                                   next_place, next_by, misrouted, edd, revised_edd, attempts, events, anomalies, ?
                              FROM tracking_state_stage s
                             WHERE NOT EXISTS (SELECT 1 FROM tracking_state t WHERE t.article = s.article)
                            ON CONFLICT (article) DO UPDATE SET status = excluded.status, location = excluded.location,
                                   last_event_id = excluded.last_event_id, last_code = excluded.last_code,
                                   last_place = excluded.last_place, last_at = excluded.last_at,
                                   next_step = excluded.next_step, next_place = excluded.next_place,
                                   next_by = excluded.next_by, misrouted = excluded.misrouted, edd = excluded.edd,
                                   revised_edd = excluded.revised_edd, attempts = excluded.attempts,
                                   events = excluded.events, anomalies = excluded.anomalies,
                                   updated_at = excluded.updated_at""")) {
                        ps.setTimestamp(1, updated);
                        ps.executeUpdate();
                    }
                }
                laps.lap("state insert");
                restore(c, planner);
                laps.log("publish states");
            }
            Intake intake = intake();
            if (intake == null) {
                return null; // nothing was appended in this transaction
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, FEED_LOCK);
                lock.execute();
            }
            // One entry per scan appended, by article, then physical time, then event id; numbered by
            // the sequence as COPY writes them, under the clock row lock, hence in commit order.
            Map<String, TrackingState> byArticle = new HashMap<>();
            states.forEach(s -> byArticle.put(s.article().value(), s));
            long feedStart = System.nanoTime();
            List<String> published = new ArrayList<>(intake.unpublished.size());
            CopyBinary feed = CopyBinary.streaming(c, "feed_entry",
                    "shipper_id, article, event_id, code, place, occurred_at, reason, status, created_at",
                    intake.unpublished.size() * 120);
            try {
                String[] articles = intake.unpublished.keySet().toArray(new String[0]);
                java.util.Arrays.sort(articles);
                for (String article : articles) {
                    TrackingState state = byArticle.get(article);
                    String shipper = state == null ? null : shippers.get(state.article());
                    if (shipper == null) {
                        continue;
                    }
                    published.add(article);
                    List<ScanEvent> scans = new ArrayList<>(intake.unpublished.get(article));
                    scans.sort(java.util.Comparator.comparing(ScanEvent::occurredAt).thenComparing(ScanEvent::eventId));
                    for (ScanEvent e : scans) {
                        feed.row(9).text(shipper).text(article).text(e.eventId()).text(e.code().name()).text(e.place())
                                .timestamp(e.occurredAt()).text(e.reason().map(NonDeliveryReason::code).orElse(null))
                                .text(state.status().name()).timestamp(at);
                    }
                    TrackedArticle found = intake.found.get(article);
                    if (found != null) {
                        intake.changed.put(article, found);
                    }
                }
                feed.finish();
            } catch (RuntimeException e) {
                feed.abandon();
                throw e;
            }
            published.forEach(intake.unpublished::remove);
            log.debug("feed rows and copy {} ms", (System.nanoTime() - feedStart) / 1_000_000);
            return null;
        });
    }

    /**
     * Turns hash and merge joins off for this transaction and answers the settings as they were.
     * The staging tables are temporary and never analysed: the planner guesses their size from
     * their pages and, while tracking_state is under a million or so rows, prefers reading and
     * hashing all of it to one index look-up per staged article (measured at 600,000 articles: 380
     * against 260 ms for 25,000 states, and the hash grows with the table while the look-ups do not).
     */
    private static String[] indexLookups(Connection c) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('enable_hashjoin'), current_setting('enable_mergejoin'), "
                     + "set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private static void restore(Connection c, String[] planner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT set_config('enable_hashjoin', ?, true), set_config('enable_mergejoin', ?, true)")) {
            ps.setString(1, planner[0]);
            ps.setString(2, planner[1]);
            ps.execute();
        }
    }

    @Override
    public List<FeedEntry> feedAll(long after, int limit) {
        return jdbc.sql("""
                        SELECT seq, shipper_id, article, event_id, code, place, occurred_at, reason, status, created_at
                          FROM feed_entry WHERE seq > :after ORDER BY seq LIMIT :limit""")
                .param("after", after).param("limit", limit).query(JdbcTrackingStore::feedEntry).list();
    }

    private static FeedEntry feedEntry(ResultSet rs, int n) throws SQLException {
        return new FeedEntry(rs.getLong(1), rs.getString(2), new ArticleNumber(rs.getString(3)), rs.getString(4),
                ScanCode.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                Optional.ofNullable(rs.getString(8)).map(NonDeliveryReason::of), TrackingStatus.valueOf(rs.getString(9)),
                rs.getTimestamp(10).toInstant());
    }

    @Override
    public List<FeedEntry> feed(String shipperId, long after, int limit) {
        return jdbc.sql("""
                        SELECT seq, shipper_id, article, event_id, code, place, occurred_at, reason, status, created_at
                          FROM feed_entry WHERE shipper_id = :shipper AND seq > :after ORDER BY seq LIMIT :limit""")
                .param("shipper", shipperId).param("after", after).param("limit", limit)
                .query((rs, n) -> new FeedEntry(rs.getLong(1), rs.getString(2), new ArticleNumber(rs.getString(3)),
                        rs.getString(4), ScanCode.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), Optional.ofNullable(rs.getString(8)).map(NonDeliveryReason::of),
                        TrackingStatus.valueOf(rs.getString(9)), rs.getTimestamp(10).toInstant()))
                .list();
    }

    @Override
    public void quarantine(List<QuarantinedScan> scans) {
        if (scans.isEmpty()) {
            return;
        }
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO scan_quarantine (event_id, source, payload, reasons, received_at)
                    VALUES (?, ?, CAST(? AS jsonb), ?, ?)
                    ON CONFLICT (event_id) WHERE resolved_at IS NULL AND event_id IS NOT NULL DO NOTHING""")) {
                for (QuarantinedScan q : scans) {
                    String id = q.scan().eventId();
                    ps.setString(1, id == null || id.isBlank() ? null : id.trim());
                    ps.setString(2, q.source());
                    ps.setString(3, RouteJson.JSON.writeValueAsString(q.scan()));
                    ps.setArray(4, c.createArrayOf("text", q.reasons().toArray()));
                    ps.setTimestamp(5, Timestamp.from(q.receivedAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static final String QUARANTINE_COLUMNS = "id, source, payload, reasons, received_at";

    private static QuarantinedScan quarantined(ResultSet rs, int n) throws SQLException {
        return new QuarantinedScan(rs.getLong(1), rs.getString(2),
                RouteJson.JSON.readValue(rs.getString(3), IncomingScan.class),
                List.of((String[]) rs.getArray(4).getArray()), rs.getTimestamp(5).toInstant());
    }

    @Override
    public List<QuarantinedScan> openQuarantine(long after, int limit) {
        return jdbc.sql("SELECT " + QUARANTINE_COLUMNS + " FROM scan_quarantine WHERE resolved_at IS NULL AND id > :after "
                        + "ORDER BY id LIMIT :limit")
                .param("after", after).param("limit", limit).query(JdbcTrackingStore::quarantined).list();
    }

    @Override
    public List<QuarantinedScan> openQuarantine(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withConnection(c -> select(c, "SELECT " + QUARANTINE_COLUMNS + " FROM scan_quarantine "
                        + "WHERE resolved_at IS NULL AND id = ANY (?) ORDER BY id FOR UPDATE",
                c.createArrayOf("bigint", ids.toArray()), rs -> quarantined(rs, 0)));
    }

    @Override
    public void resolve(Collection<Long> ids, String resolution, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE scan_quarantine SET resolved_at = ?, resolution = ? "
                    + "WHERE id = ANY (?) AND resolved_at IS NULL")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, resolution);
                ps.setArray(3, c.createArrayOf("bigint", ids.toArray()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void updateReasons(long id, List<String> reasons) {
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE scan_quarantine SET reasons = ? WHERE id = ?")) {
                ps.setArray(1, c.createArrayOf("text", reasons.toArray()));
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Runs on the connection of the current transaction (COPY needs the PostgreSQL connection itself). */
    private <T> T withConnection(TransactionConnection.Work<T> work) {
        return TransactionConnection.with(dataSource, "tracking store", work);
    }

}
