package org.daksetu.delivery.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.delivery.application.Attempt;
import org.daksetu.delivery.application.DeliveryArticle;
import org.daksetu.delivery.application.DeliveryRun;
import org.daksetu.delivery.application.DeliveryStore;
import org.daksetu.delivery.application.NonDeliveryReport;
import org.daksetu.delivery.application.ReturnTrip;
import org.daksetu.delivery.domain.Action;
import org.daksetu.delivery.domain.Beat;
import org.daksetu.delivery.domain.DeliveryPolicy;
import org.daksetu.delivery.domain.DeliveryStatus;
import org.daksetu.delivery.domain.Outcome;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last-mile tables of V6__delivery.sql. */
@Repository
public class JdbcDeliveryStore implements DeliveryStore {

    private final JdbcClient jdbc;

    public JdbcDeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Optional<Instant> instant(ResultSet rs, String c) throws SQLException {
        Timestamp t = rs.getTimestamp(c);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    static Optional<LocalDate> date(ResultSet rs, String c) throws SQLException {
        java.sql.Date d = rs.getDate(c);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }

    static final String ARTICLE = """
            article, shipper, office_id, pickup_point, pin, cod_paise, otp, status, attempts, failed_attempts, held_since,
            next_attempt_on, current_run, edd, received_at, closed_at""";

    static DeliveryArticle article(ResultSet rs, int n) throws SQLException {
        long run = rs.getLong("current_run");
        Optional<Long> currentRun = rs.wasNull() ? Optional.empty() : Optional.of(run);
        return new DeliveryArticle(rs.getString("article"), rs.getString("shipper"), rs.getLong("office_id"),
                rs.getString("pickup_point"), rs.getInt("pin"), rs.getLong("cod_paise"), Optional.ofNullable(rs.getString("otp")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getInt("failed_attempts"),
                date(rs, "held_since"), date(rs, "next_attempt_on"), currentRun, date(rs, "edd"),
                rs.getTimestamp("received_at").toInstant(), instant(rs, "closed_at"));
    }

    /** The article columns as arrays, for set-based INSERT and UPDATE over unnest. */
    private static Map<String, Object> arrays(List<DeliveryArticle> articles) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("article", articles.stream().map(DeliveryArticle::article).toArray(String[]::new));
        p.put("shipper", articles.stream().map(DeliveryArticle::shipper).toArray(String[]::new));
        p.put("office", articles.stream().map(DeliveryArticle::officeId).toArray(Long[]::new));
        p.put("pp", articles.stream().map(DeliveryArticle::pickupPoint).toArray(String[]::new));
        p.put("pin", articles.stream().map(DeliveryArticle::pin).toArray(Integer[]::new));
        p.put("cod", articles.stream().map(DeliveryArticle::codPaise).toArray(Long[]::new));
        p.put("otp", articles.stream().map(a -> a.otp().orElse(null)).toArray(String[]::new));
        p.put("status", articles.stream().map(a -> a.status().name()).toArray(String[]::new));
        p.put("attempts", articles.stream().map(DeliveryArticle::attempts).toArray(Integer[]::new));
        p.put("failed", articles.stream().map(DeliveryArticle::failedAttempts).toArray(Integer[]::new));
        p.put("held", articles.stream().map(a -> a.heldSince().map(Object::toString).orElse(null)).toArray(String[]::new));
        p.put("next", articles.stream().map(a -> a.nextAttemptOn().map(Object::toString).orElse(null)).toArray(String[]::new));
        p.put("run", articles.stream().map(a -> a.currentRun().orElse(null)).toArray(Long[]::new));
        p.put("edd", articles.stream().map(a -> a.edd().map(Object::toString).orElse(null)).toArray(String[]::new));
        p.put("received", articles.stream().map(a -> a.receivedAt().toString()).toArray(String[]::new));
        p.put("closed", articles.stream().map(a -> a.closedAt().map(Object::toString).orElse(null)).toArray(String[]::new));
        return p;
    }

    static final String UNNEST = """
            unnest(:article::text[], :shipper::text[], :office::bigint[], :pp::text[], :pin::int[], :cod::bigint[], :otp::text[],
                   :status::text[], :attempts::int[], :failed::int[], :held::date[], :next::date[], :run::bigint[], :edd::date[],
                   :received::timestamptz[], :closed::timestamptz[])""";

    @Override
    public int insert(List<DeliveryArticle> articles) {
        if (articles.isEmpty()) {
            return 0;
        }
        return jdbc.sql("INSERT INTO delivery_article (" + ARTICLE + ") SELECT * FROM " + UNNEST + " ON CONFLICT (article) DO NOTHING")
                .params(arrays(articles)).update();
    }

    @Override
    public void updateAll(List<DeliveryArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE delivery_article d SET office_id = t.office_id, pin = t.pin, status = t.status, attempts = t.attempts,
                               failed_attempts = t.failed_attempts, held_since = t.held_since, next_attempt_on = t.next_attempt_on,
                               current_run = t.current_run, edd = t.edd, closed_at = t.closed_at
                          FROM """ + " " + UNNEST + " AS t(" + ARTICLE + ") WHERE d.article = t.article")
                .params(arrays(articles)).update();
    }

    @Override
    public Map<String, Long> insertAttempts(List<NewAttempt> attempts, Instant recordedAt) {
        Map<String, Long> ids = new LinkedHashMap<>();
        if (attempts.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                        INSERT INTO delivery_attempt (article, run_id, office_id, outcome, reason, otp_verified, attempted_at, recorded_at)
                        SELECT a, r, o, out, reason, otp, at, :rec
                          FROM unnest(:a::text[], :r::bigint[], :o::bigint[], :out::text[], :reason::text[], :otp::boolean[],
                                      :at::timestamptz[]) AS t(a, r, o, out, reason, otp, at)
                        RETURNING article, id""")
                .param("a", attempts.stream().map(NewAttempt::article).toArray(String[]::new))
                .param("r", attempts.stream().map(x -> x.runId().orElse(null)).toArray(Long[]::new))
                .param("o", attempts.stream().map(NewAttempt::officeId).toArray(Long[]::new))
                .param("out", attempts.stream().map(x -> x.outcome().name()).toArray(String[]::new))
                .param("reason", attempts.stream().map(x -> x.reason().orElse(null)).toArray(String[]::new))
                .param("otp", attempts.stream().map(NewAttempt::otpVerified).toArray(Boolean[]::new))
                .param("at", attempts.stream().map(x -> x.at().toString()).toArray(String[]::new))
                .param("rec", utc(recordedAt))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    @Override
    public Map<String, Long> insertReports(List<NewReport> reports) {
        Map<String, Long> ids = new LinkedHashMap<>();
        if (reports.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                        INSERT INTO delivery_ndr (article, shipper, attempt_id, outcome, reason, reported_at, status)
                        SELECT a, s, att, o, r, at, 'OPEN'
                          FROM unnest(:a::text[], :s::text[], :att::bigint[], :o::text[], :r::text[], :at::timestamptz[])
                               AS t(a, s, att, o, r, at)
                        RETURNING article, id""")
                .param("a", reports.stream().map(NewReport::article).toArray(String[]::new))
                .param("s", reports.stream().map(NewReport::shipper).toArray(String[]::new))
                .param("att", reports.stream().map(NewReport::attemptId).toArray(Long[]::new))
                .param("o", reports.stream().map(x -> x.outcome().name()).toArray(String[]::new))
                .param("r", reports.stream().map(x -> x.reason().orElse(null)).toArray(String[]::new))
                .param("at", reports.stream().map(x -> x.at().toString()).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    @Override
    public void closeOpenReports(Collection<String> articles, String by, Instant at) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE delivery_ndr SET status = 'CLOSED', decided_by = :by, decided_at = :at WHERE article = ANY (:a::text[]) AND status = 'OPEN'")
                .param("by", by).param("at", utc(at)).param("a", articles.toArray(String[]::new)).update();
    }


    private static Map<String, Object> params(DeliveryArticle a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("article", a.article());
        p.put("shipper", a.shipper());
        p.put("office", a.officeId());
        p.put("pp", a.pickupPoint());
        p.put("pin", a.pin());
        p.put("cod", a.codPaise());
        p.put("otp", a.otp().orElse(null));
        p.put("status", a.status().name());
        p.put("attempts", a.attempts());
        p.put("failed", a.failedAttempts());
        p.put("held", a.heldSince().orElse(null));
        p.put("next", a.nextAttemptOn().orElse(null));
        p.put("run", a.currentRun().orElse(null));
        p.put("edd", a.edd().orElse(null));
        p.put("received", utc(a.receivedAt()));
        p.put("closed", utc(a.closedAt().orElse(null)));
        return p;
    }

    @Override
    public Map<String, DeliveryArticle> lock(Collection<String> articles) {
        Map<String, DeliveryArticle> out = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT " + ARTICLE + " FROM delivery_article WHERE article = ANY (:a::text[]) ORDER BY article FOR UPDATE")
                .param("a", articles.toArray(String[]::new)).query(JdbcDeliveryStore::article).list()
                .forEach(a -> out.put(a.article(), a));
        return out;
    }

    @Override
    public Optional<DeliveryArticle> find(String article) {
        return jdbc.sql("SELECT " + ARTICLE + " FROM delivery_article WHERE article = :a").param("a", article)
                .query(JdbcDeliveryStore::article).optional();
    }

    @Override
    public void update(DeliveryArticle a) {
        jdbc.sql("""
                        UPDATE delivery_article SET office_id = :office, pin = :pin, status = :status, attempts = :attempts,
                               failed_attempts = :failed, held_since = :held, next_attempt_on = :next, current_run = :run, edd = :edd,
                               closed_at = :closed
                         WHERE article = :article""")
                .params(params(a)).update();
    }

    static Beat beat(ResultSet rs, int n) throws SQLException {
        return new Beat(rs.getLong("office_id"), rs.getString("code"), rs.getString("name"), rs.getString("postman"),
                rs.getBoolean("active"), rs.getBoolean("generated"));
    }

    @Override
    public List<Beat> beats(long officeId) {
        return jdbc.sql("SELECT office_id, code, name, postman, active, generated FROM delivery_beat WHERE office_id = :o ORDER BY code")
                .param("o", officeId).query(JdbcDeliveryStore::beat).list();
    }

    @Override
    public void insertBeats(List<Beat> beats, Instant at) {
        if (beats.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO delivery_beat (office_id, code, name, postman, active, generated, changed_at)
                        SELECT o, c, n, p, a, g, :at FROM unnest(:o::bigint[], :c::text[], :n::text[], :p::text[], :a::boolean[], :g::boolean[])
                               AS t(o, c, n, p, a, g)
                        ON CONFLICT DO NOTHING""")
                .param("o", beats.stream().map(Beat::officeId).toArray(Long[]::new))
                .param("c", beats.stream().map(Beat::code).toArray(String[]::new))
                .param("n", beats.stream().map(Beat::name).toArray(String[]::new))
                .param("p", beats.stream().map(Beat::postman).toArray(String[]::new))
                .param("a", beats.stream().map(Beat::active).toArray(Boolean[]::new))
                .param("g", beats.stream().map(Beat::generated).toArray(Boolean[]::new))
                .param("at", utc(at)).update();
    }

    @Override
    public void putBeat(Beat b, Instant at) {
        jdbc.sql("""
                        INSERT INTO delivery_beat (office_id, code, name, postman, active, generated, changed_at)
                        VALUES (:o, :c, :n, :p, :a, false, :at)
                        ON CONFLICT (office_id, code) DO UPDATE SET name = excluded.name, postman = excluded.postman,
                               active = excluded.active, generated = false, changed_at = excluded.changed_at""")
                .param("o", b.officeId()).param("c", b.code()).param("n", b.name()).param("p", b.postman())
                .param("a", b.active()).param("at", utc(at)).update();
    }

    @Override
    public long insertRun(long officeId, String beat, String postman, LocalDate day, Instant startedAt, List<String> articles) {
        long id = jdbc.sql("""
                        INSERT INTO delivery_run (office_id, beat_code, postman, run_date, started_at, articles)
                        VALUES (:o, :b, :p, :d, :at, :n) RETURNING id""")
                .param("o", officeId).param("b", beat).param("p", postman).param("d", day).param("at", utc(startedAt))
                .param("n", articles.size()).query(Long.class).single();
        jdbc.sql("INSERT INTO delivery_run_article (run_id, article) SELECT :id, unnest(:a::text[])")
                .param("id", id).param("a", articles.toArray(String[]::new)).update();
        return id;
    }

    private DeliveryRun runRow(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new DeliveryRun(id, rs.getLong("office_id"), rs.getString("beat_code"), rs.getString("postman"),
                rs.getDate("run_date").toLocalDate(), rs.getTimestamp("started_at").toInstant(),
                Arrays.asList((String[]) rs.getArray("articles").getArray()));
    }

    static final String RUN_SELECT = """
            SELECT r.id, r.office_id, r.beat_code, r.postman, r.run_date, r.started_at,
                   array(SELECT article FROM delivery_run_article a WHERE a.run_id = r.id ORDER BY article) AS articles
              FROM delivery_run r""";

    @Override
    public Optional<DeliveryRun> run(long id) {
        return jdbc.sql(RUN_SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> runRow(rs)).optional();
    }

    @Override
    public List<DeliveryRun> runs(long officeId, LocalDate day) {
        return jdbc.sql(RUN_SELECT + " WHERE r.office_id = :o AND r.run_date = :d ORDER BY r.id").param("o", officeId).param("d", day)
                .query((rs, n) -> runRow(rs)).list();
    }

    @Override
    public long insertAttempt(String article, Optional<Long> runId, long officeId, Outcome outcome, Optional<String> reason,
                              boolean otpVerified, Instant at, Instant recordedAt) {
        return jdbc.sql("""
                        INSERT INTO delivery_attempt (article, run_id, office_id, outcome, reason, otp_verified, attempted_at, recorded_at)
                        VALUES (:a, :r, :o, :out, :reason, :otp, :at, :rec) RETURNING id""")
                .param("a", article).param("r", runId.orElse(null)).param("o", officeId).param("out", outcome.name())
                .param("reason", reason.orElse(null)).param("otp", otpVerified).param("at", utc(at)).param("rec", utc(recordedAt))
                .query(Long.class).single();
    }

    @Override
    public List<Attempt> attempts(String article) {
        return jdbc.sql("""
                        SELECT id, article, run_id, office_id, outcome, reason, otp_verified, attempted_at
                          FROM delivery_attempt WHERE article = :a ORDER BY attempted_at, id""")
                .param("a", article).query((rs, n) -> {
                    long run = rs.getLong("run_id");
                    Optional<Long> runId = rs.wasNull() ? Optional.empty() : Optional.of(run);
                    return new Attempt(rs.getLong("id"), rs.getString("article"), runId, rs.getLong("office_id"),
                            Outcome.valueOf(rs.getString("outcome")), Optional.ofNullable(rs.getString("reason")),
                            rs.getBoolean("otp_verified"), rs.getTimestamp("attempted_at").toInstant());
                }).list();
    }

    @Override
    public long insertReport(String article, String shipper, long attemptId, Outcome outcome, Optional<String> reason, Instant at) {
        return jdbc.sql("""
                        INSERT INTO delivery_ndr (article, shipper, attempt_id, outcome, reason, reported_at, status)
                        VALUES (:a, :s, :att, :o, :r, :at, 'OPEN') RETURNING id""")
                .param("a", article).param("s", shipper).param("att", attemptId).param("o", outcome.name())
                .param("r", reason.orElse(null)).param("at", utc(at)).query(Long.class).single();
    }

    static final String REPORT = """
            SELECT id, article, shipper, attempt_id, outcome, reason, reported_at, status, action, reattempt_on, new_pin,
                   new_address, new_phone, new_edd, decided_by, decided_at FROM delivery_ndr""";

    static NonDeliveryReport report(ResultSet rs, int n) throws SQLException {
        int pin = rs.getInt("new_pin");
        Optional<Integer> newPin = rs.wasNull() ? Optional.empty() : Optional.of(pin);
        Optional<String> reason = Optional.ofNullable(rs.getString("reason"));
        return new NonDeliveryReport(rs.getLong("id"), rs.getString("article"), rs.getString("shipper"), rs.getLong("attempt_id"),
                Outcome.valueOf(rs.getString("outcome")), reason, reason.map(r -> NonDeliveryReason.of(r).description()),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("status"),
                Optional.ofNullable(rs.getString("action")).map(Action::valueOf), date(rs, "reattempt_on"), newPin,
                Optional.ofNullable(rs.getString("new_address")), Optional.ofNullable(rs.getString("new_phone")),
                date(rs, "new_edd"), Optional.ofNullable(rs.getString("decided_by")), instant(rs, "decided_at"));
    }

    @Override
    public Optional<NonDeliveryReport> report(long id) {
        return jdbc.sql(REPORT + " WHERE id = :id").param("id", id).query(JdbcDeliveryStore::report).optional();
    }

    @Override
    public List<NonDeliveryReport> reports(Optional<String> shipper, Optional<String> article, Optional<String> status, Instant from,
                                           Instant to, int limit) {
        return jdbc.sql(REPORT + " " + """
                         WHERE reported_at >= :f AND reported_at < :t
                           AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))
                           AND (cast(:a AS text) IS NULL OR article = cast(:a AS text))
                           AND (cast(:st AS text) IS NULL OR status = cast(:st AS text))
                         ORDER BY reported_at DESC, id DESC LIMIT :limit""")
                .param("f", utc(from)).param("t", utc(to)).param("s", shipper.orElse(null)).param("a", article.orElse(null))
                .param("st", status.orElse(null)).param("limit", limit).query(JdbcDeliveryStore::report).list();
    }

    @Override
    public List<NonDeliveryReport> openReports(Instant before, int limit) {
        return jdbc.sql(REPORT + " WHERE status = 'OPEN' AND reported_at < :b ORDER BY reported_at, id LIMIT :limit")
                .param("b", utc(before)).param("limit", limit).query(JdbcDeliveryStore::report).list();
    }

    @Override
    public int decide(String article, String status, Optional<String> action, Optional<LocalDate> reattemptOn, Optional<Integer> newPin,
                      Optional<String> newAddress, Optional<String> newPhone, Optional<LocalDate> newEdd, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE delivery_ndr SET status = :st, action = :action, reattempt_on = :re, new_pin = :pin, new_address = :addr,
                               new_phone = :phone, new_edd = :edd, decided_by = :by, decided_at = :at
                         WHERE article = :a AND status = 'OPEN'""")
                .param("st", status).param("action", action.orElse(null)).param("re", reattemptOn.orElse(null))
                .param("pin", newPin.orElse(null)).param("addr", newAddress.orElse(null)).param("phone", newPhone.orElse(null))
                .param("edd", newEdd.orElse(null)).param("by", by).param("at", utc(at)).param("a", article).update();
    }

    @Override
    public void markInstructed(long reportId, String action, String by, Instant at) {
        jdbc.sql("UPDATE delivery_ndr SET status = 'INSTRUCTED', action = :action, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("action", action).param("by", by).param("at", utc(at)).param("id", reportId).update();
    }

    @Override
    public void markDefaulted(long reportId, String action, Instant at) {
        jdbc.sql("UPDATE delivery_ndr SET status = 'DEFAULTED', action = :action, decided_by = 'default', decided_at = :at WHERE id = :id")
                .param("action", action).param("at", utc(at)).param("id", reportId).update();
    }

    @Override
    public List<DeliveryArticle> heldSince(LocalDate since, int limit) {
        return jdbc.sql("SELECT " + ARTICLE + " FROM delivery_article WHERE status = 'HELD' AND held_since <= :d ORDER BY held_since LIMIT :l")
                .param("d", since).param("l", limit).query(JdbcDeliveryStore::article).list();
    }

    @Override
    public Optional<DeliveryPolicy> policy(String shipper) {
        return jdbc.sql("SELECT max_failed_attempts, max_hold_days, reattempt_after_days FROM delivery_policy WHERE shipper = :s")
                .param("s", shipper).query((rs, n) -> new DeliveryPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    @Override
    public void putPolicy(String shipper, DeliveryPolicy p, Instant at) {
        jdbc.sql("""
                        INSERT INTO delivery_policy (shipper, max_failed_attempts, max_hold_days, reattempt_after_days, changed_at)
                        VALUES (:s, :m, :h, :r, :at)
                        ON CONFLICT (shipper) DO UPDATE SET max_failed_attempts = excluded.max_failed_attempts,
                               max_hold_days = excluded.max_hold_days, reattempt_after_days = excluded.reattempt_after_days,
                               changed_at = excluded.changed_at""")
                .param("s", shipper).param("m", p.maxFailedAttempts()).param("h", p.maxHoldDays())
                .param("r", p.reattemptAfterWorkingDays()).param("at", utc(at)).update();
    }

    /** Legs as text, one a line: from|to|fromOffice|toOffice|departure|arrival. */
    static String legs(List<ReturnTrip.Leg> legs) {
        StringBuilder b = new StringBuilder();
        for (ReturnTrip.Leg l : legs) {
            b.append(l.from()).append('|').append(l.to()).append('|').append(l.fromOffice()).append('|').append(l.toOffice())
                    .append('|').append(l.departure()).append('|').append(l.arrival()).append('\n');
        }
        return b.toString();
    }

    static List<ReturnTrip.Leg> legs(String text) {
        List<ReturnTrip.Leg> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|");
            out.add(new ReturnTrip.Leg(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), OffsetDateTime.parse(f[4]),
                    OffsetDateTime.parse(f[5])));
        }
        return out;
    }

    @Override
    public void insertReturn(ReturnTrip t) {
        jdbc.sql("""
                        INSERT INTO delivery_return (article, shipper, reason, started_at, from_office, to_pickup_point, itinerary, edd,
                                                     tariff_version, rto_basis_points, freight_paise, gst_paise, total_paise)
                        VALUES (:a, :s, :r, :at, :fo, :pp, :it, :edd, :tv, :bp, :f, :g, :t)""")
                .param("a", t.article()).param("s", t.shipper()).param("r", t.reason()).param("at", utc(t.startedAt()))
                .param("fo", t.fromOffice()).param("pp", t.toPickupPoint()).param("it", legs(t.legs())).param("edd", t.edd())
                .param("tv", t.tariffVersion()).param("bp", t.rtoBasisPoints()).param("f", t.freightPaise())
                .param("g", t.gstPaise()).param("t", t.totalPaise()).update();
    }

    static final String RETURN = """
            SELECT article, shipper, reason, started_at, from_office, to_pickup_point, itinerary, edd, tariff_version,
                   rto_basis_points, freight_paise, gst_paise, total_paise, delivered_at FROM delivery_return""";

    static ReturnTrip trip(ResultSet rs, int n) throws SQLException {
        return new ReturnTrip(rs.getString("article"), rs.getString("shipper"), rs.getString("reason"),
                rs.getTimestamp("started_at").toInstant(), rs.getLong("from_office"), rs.getString("to_pickup_point"),
                legs(rs.getString("itinerary")), rs.getDate("edd").toLocalDate(), rs.getString("tariff_version"),
                rs.getInt("rto_basis_points"), rs.getLong("freight_paise"), rs.getLong("gst_paise"), rs.getLong("total_paise"),
                instant(rs, "delivered_at"));
    }

    @Override
    public Optional<ReturnTrip> findReturn(String article) {
        return jdbc.sql(RETURN + " WHERE article = :a").param("a", article).query(JdbcDeliveryStore::trip).optional();
    }

    @Override
    public void returnDelivered(String article, Instant at) {
        jdbc.sql("UPDATE delivery_return SET delivered_at = :at WHERE article = :a AND delivered_at IS NULL")
                .param("at", utc(at)).param("a", article).update();
    }

    @Override
    public List<ReturnTrip> returns(Optional<String> shipper, Instant from, Instant to, int limit) {
        return jdbc.sql(RETURN + " " + """
                         WHERE started_at >= :f AND started_at < :t AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))
                         ORDER BY started_at, article LIMIT :l""")
                .param("f", utc(from)).param("t", utc(to)).param("s", shipper.orElse(null)).param("l", limit)
                .query(JdbcDeliveryStore::trip).list();
    }

    @Override
    public Map<Long, List<Beat>> beats(Collection<Long> officeIds) {
        Map<Long, List<Beat>> out = new LinkedHashMap<>();
        if (officeIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT office_id, code, name, postman, active, generated FROM delivery_beat WHERE office_id = ANY (:o::bigint[]) "
                        + "ORDER BY office_id, code")
                .param("o", officeIds.toArray(Long[]::new)).query(JdbcDeliveryStore::beat).list()
                .forEach(b -> out.computeIfAbsent(b.officeId(), o -> new ArrayList<>()).add(b));
        return out;
    }

    @Override
    public List<Long> insertRuns(List<NewRun> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        // Ids first (in the order of the runs), then the runs and their articles in one statement each.
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('delivery_run', 'id')) FROM generate_series(1, :n) ORDER BY 1")
                .param("n", runs.size()).query(Long.class).list();
        jdbc.sql("""
                        INSERT INTO delivery_run (id, office_id, beat_code, postman, run_date, started_at, articles)
                        SELECT * FROM unnest(:id::bigint[], :o::bigint[], :b::text[], :p::text[], :d::date[], :at::timestamptz[], :n::int[])""")
                .param("id", ids.toArray(Long[]::new))
                .param("o", runs.stream().map(NewRun::officeId).toArray(Long[]::new))
                .param("b", runs.stream().map(NewRun::beat).toArray(String[]::new))
                .param("p", runs.stream().map(NewRun::postman).toArray(String[]::new))
                .param("d", runs.stream().map(r -> r.day().toString()).toArray(String[]::new))
                .param("at", runs.stream().map(r -> r.startedAt().toString()).toArray(String[]::new))
                .param("n", runs.stream().map(r -> r.articles().size()).toArray(Integer[]::new))
                .update();
        List<Long> runIds = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (String a : runs.get(i).articles()) {
                runIds.add(ids.get(i));
                articles.add(a);
            }
        }
        jdbc.sql("INSERT INTO delivery_run_article (run_id, article) SELECT * FROM unnest(:id::bigint[], :a::text[])")
                .param("id", runIds.toArray(Long[]::new)).param("a", articles.toArray(String[]::new)).update();
        return ids;
    }

    @Override
    public void outForDelivery(Map<String, Long> runOf) {
        if (runOf.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE delivery_article d SET status = 'OUT_FOR_DELIVERY', current_run = t.run
                          FROM unnest(:a::text[], :run::bigint[]) AS t(article, run) WHERE d.article = t.article""")
                .param("a", runOf.keySet().toArray(String[]::new)).param("run", runOf.values().toArray(Long[]::new)).update();
    }

    @Override
    public List<DeliveryRun> runs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DeliveryRun> byId = new java.util.HashMap<>();
        jdbc.sql(RUN_SELECT + " WHERE r.id = ANY (:ids::bigint[])").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> runRow(rs)).list().forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Map<String, NonDeliveryReport> openReportsOf(Collection<String> articles) {
        Map<String, NonDeliveryReport> out = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT DISTINCT ON (article) " + REPORT.substring("SELECT ".length()) + " " + """
                         WHERE article = ANY (:a::text[]) AND status = 'OPEN'
                         ORDER BY article, reported_at DESC, id DESC""")
                .param("a", articles.toArray(String[]::new)).query(JdbcDeliveryStore::report).list()
                .forEach(r -> out.put(r.article(), r));
        return out;
    }

    @Override
    public Map<Long, NonDeliveryReport> reports(Collection<Long> ids) {
        Map<Long, NonDeliveryReport> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql(REPORT + " WHERE id = ANY (:ids::bigint[]) ORDER BY id").param("ids", ids.toArray(Long[]::new))
                .query(JdbcDeliveryStore::report).list().forEach(r -> out.put(r.id(), r));
        return out;
    }

    @Override
    public void decideAll(Collection<String> articles, String status, String by, Instant at) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE delivery_ndr SET status = :st, action = NULL, reattempt_on = NULL, new_pin = NULL, new_address = NULL,
                               new_phone = NULL, new_edd = NULL, decided_by = :by, decided_at = :at
                         WHERE article = ANY (:a::text[]) AND status = 'OPEN'""")
                .param("st", status).param("by", by).param("at", utc(at)).param("a", articles.toArray(String[]::new)).update();
    }

    @Override
    public void markInstructedAll(List<Instructed> reports) {
        if (reports.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE delivery_ndr d SET status = 'INSTRUCTED', action = t.action, decided_by = t.by, decided_at = t.at
                          FROM unnest(:id::bigint[], :action::text[], :by::text[], :at::timestamptz[]) AS t(id, action, by, at)
                         WHERE d.id = t.id""")
                .param("id", reports.stream().map(Instructed::reportId).toArray(Long[]::new))
                .param("action", reports.stream().map(Instructed::action).toArray(String[]::new))
                .param("by", reports.stream().map(Instructed::by).toArray(String[]::new))
                .param("at", reports.stream().map(r -> r.at().toString()).toArray(String[]::new))
                .update();
    }

    @Override
    public void insertReturns(List<ReturnTrip> trips) {
        if (trips.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO delivery_return (article, shipper, reason, started_at, from_office, to_pickup_point, itinerary, edd,
                                                     tariff_version, rto_basis_points, freight_paise, gst_paise, total_paise)
                        SELECT * FROM unnest(:a::text[], :s::text[], :r::text[], :at::timestamptz[], :fo::bigint[], :pp::text[],
                                             :it::text[], :edd::date[], :tv::text[], :bp::int[], :f::bigint[], :g::bigint[], :t::bigint[])""")
                .param("a", trips.stream().map(ReturnTrip::article).toArray(String[]::new))
                .param("s", trips.stream().map(ReturnTrip::shipper).toArray(String[]::new))
                .param("r", trips.stream().map(ReturnTrip::reason).toArray(String[]::new))
                .param("at", trips.stream().map(t -> t.startedAt().toString()).toArray(String[]::new))
                .param("fo", trips.stream().map(ReturnTrip::fromOffice).toArray(Long[]::new))
                .param("pp", trips.stream().map(ReturnTrip::toPickupPoint).toArray(String[]::new))
                .param("it", trips.stream().map(t -> legs(t.legs())).toArray(String[]::new))
                .param("edd", trips.stream().map(t -> t.edd().toString()).toArray(String[]::new))
                .param("tv", trips.stream().map(ReturnTrip::tariffVersion).toArray(String[]::new))
                .param("bp", trips.stream().map(ReturnTrip::rtoBasisPoints).toArray(Integer[]::new))
                .param("f", trips.stream().map(ReturnTrip::freightPaise).toArray(Long[]::new))
                .param("g", trips.stream().map(ReturnTrip::gstPaise).toArray(Long[]::new))
                .param("t", trips.stream().map(ReturnTrip::totalPaise).toArray(Long[]::new))
                .update();
    }

    @Override
    public Map<String, ReturnTrip> findReturns(Collection<String> articles) {
        Map<String, ReturnTrip> out = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        jdbc.sql(RETURN + " WHERE article = ANY (:a::text[])").param("a", articles.toArray(String[]::new))
                .query(JdbcDeliveryStore::trip).list().forEach(t -> out.put(t.article(), t));
        return out;
    }

    @Override
    public void returnsDelivered(Map<String, Instant> deliveredAt) {
        if (deliveredAt.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE delivery_return d SET delivered_at = t.at
                          FROM unnest(:a::text[], :at::timestamptz[]) AS t(article, at)
                         WHERE d.article = t.article AND d.delivered_at IS NULL""")
                .param("a", deliveredAt.keySet().toArray(String[]::new))
                .param("at", deliveredAt.values().stream().map(Instant::toString).toArray(String[]::new))
                .update();
    }
}
