package org.daksetu.cod.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.cod.application.Balance;
import org.daksetu.cod.application.CashAccount;
import org.daksetu.cod.application.CodStore;
import org.daksetu.cod.application.ReconciliationSummary;
import org.daksetu.cod.application.RemittanceBatch;
import org.daksetu.cod.application.RemittanceLine;
import org.daksetu.cod.application.StatementLine;
import org.daksetu.cod.domain.CodArticle;
import org.daksetu.cod.domain.CollectionMode;
import org.daksetu.cod.domain.Discrepancy;
import org.daksetu.cod.domain.RemittanceCycle;
import org.daksetu.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The COD tables of V7__cod.sql; bulk paths are set-based SQL over arrays and temporary tables. */
@Repository
public class JdbcCodStore implements CodStore {

    /** Serialises remittance runs and manual remittances (an article is remitted once, and batches are whole). */
    static final long REMITTANCE_LOCK = 0x636F6452656DL;
    static final int MAX_DISCREPANCIES = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcCodStore.class);

    private final JdbcClient jdbc;

    public JdbcCodStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }

    static final String ARTICLE_COLUMNS = """
            article, shipper, office_id, amount_paise, fee_paise, booked_at, delivered_at, collected_at, collection_date,
            collected_paise, mode, upi_reference, cancelled_at, remittance_id, remitted_on, confirmed_at""";

    static CodArticle article(ResultSet rs, int n) throws SQLException {
        long collected = rs.getLong("collected_paise");
        Optional<Money> collectedMoney = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(collected));
        long remittance = rs.getLong("remittance_id");
        Optional<Long> remittanceId = rs.wasNull() ? Optional.empty() : Optional.of(remittance);
        String mode = rs.getString("mode");
        return new CodArticle(rs.getString("article"), rs.getString("shipper"), rs.getLong("office_id"),
                Money.ofPaise(rs.getLong("amount_paise")), Money.ofPaise(rs.getLong("fee_paise")),
                rs.getTimestamp("booked_at").toInstant(), instant(rs, "delivered_at"), instant(rs, "collected_at"),
                date(rs, "collection_date"), collectedMoney, Optional.ofNullable(mode).map(CollectionMode::valueOf),
                Optional.ofNullable(rs.getString("upi_reference")), instant(rs, "cancelled_at"), remittanceId,
                date(rs, "remitted_on"), instant(rs, "confirmed_at"));
    }

    @Override
    public int expect(List<Expected> articles) {
        if (articles.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        INSERT INTO cod_article (article, shipper, office_id, amount_paise, fee_paise, booked_at)
                        SELECT * FROM unnest(:a::text[], :s::text[], :o::bigint[], :amt::bigint[], :fee::bigint[], :b::timestamptz[])
                        ON CONFLICT (article) DO NOTHING""")
                .param("a", articles.stream().map(Expected::article).toArray(String[]::new))
                .param("s", articles.stream().map(Expected::shipper).toArray(String[]::new))
                .param("o", articles.stream().map(Expected::officeId).toArray(Long[]::new))
                .param("amt", articles.stream().map(Expected::amountPaise).toArray(Long[]::new))
                .param("fee", articles.stream().map(Expected::feePaise).toArray(Long[]::new))
                .param("b", articles.stream().map(e -> e.bookedAt().toString()).toArray(String[]::new))
                .update();
    }

    @Override
    public Map<String, CodArticle> lock(Collection<String> articles) {
        Map<String, CodArticle> out = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM cod_article WHERE article = ANY (:a::text[]) ORDER BY article FOR UPDATE")
                .param("a", articles.toArray(String[]::new))
                .query(JdbcCodStore::article).list().forEach(a -> out.put(a.article(), a));
        return out;
    }

    @Override
    public Optional<CodArticle> find(String article) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM cod_article WHERE article = :a").param("a", article)
                .query(JdbcCodStore::article).optional();
    }

    @Override
    public void markDelivered(Map<String, Instant> deliveredAt) {
        if (deliveredAt.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE cod_article c SET delivered_at = t.at
                          FROM unnest(:a::text[], :at::timestamptz[]) AS t(article, at)
                         WHERE c.article = t.article AND c.delivered_at IS NULL""")
                .param("a", deliveredAt.keySet().toArray(String[]::new))
                .param("at", deliveredAt.values().stream().map(Instant::toString).toArray(String[]::new)).update();
    }

    @Override
    public void collect(List<Collected> collections, Instant recordedAt) {
        if (collections.isEmpty()) {
            return;
        }
        String[] a = collections.stream().map(Collected::article).toArray(String[]::new);
        String[] at = collections.stream().map(c -> c.at().toString()).toArray(String[]::new);
        String[] day = collections.stream().map(c -> c.businessDate().toString()).toArray(String[]::new);
        Long[] amt = collections.stream().map(Collected::amountPaise).toArray(Long[]::new);
        String[] mode = collections.stream().map(c -> c.mode().name()).toArray(String[]::new);
        String[] ref = collections.stream().map(c -> c.upiReference().orElse(null)).toArray(String[]::new);
        Long[] office = collections.stream().map(Collected::officeId).toArray(Long[]::new);
        String[] shipper = collections.stream().map(Collected::shipper).toArray(String[]::new);
        int updated = jdbc.sql("""
                        UPDATE cod_article c SET collected_at = t.at, collection_date = t.d, collected_paise = t.amt,
                               mode = t.m, upi_reference = t.ref
                          FROM unnest(:a::text[], :at::timestamptz[], :d::date[], :amt::bigint[], :m::text[], :ref::text[])
                               AS t(article, at, d, amt, m, ref)
                         WHERE c.article = t.article AND c.collected_at IS NULL""")
                .param("a", a).param("at", at).param("d", day).param("amt", amt).param("m", mode).param("ref", ref)
                .update();
        if (updated != collections.size()) {
            throw new IllegalStateException("collections of locked articles changed under the lock: " + updated + " of " + collections.size());
        }
        jdbc.sql("""
                        WITH t AS (SELECT * FROM unnest(:a::text[], :o::bigint[], :s::text[], :d::date[], :m::text[], :amt::bigint[])
                                   AS t(article, office_id, shipper, d, mode, amt)),
                             j AS (INSERT INTO cod_journal (kind, business_date, recorded_at, office_id, shipper, article, mode)
                                   SELECT 'COLLECTION', d, :now, office_id, shipper, article, mode FROM t
                                   RETURNING id, article, office_id, shipper)
                        INSERT INTO cod_posting (journal_id, account, office_id, shipper, amount_paise)
                        SELECT j.id, x.account, j.office_id, j.shipper, x.amount
                          FROM j JOIN t ON t.article = j.article
                          CROSS JOIN LATERAL (VALUES ('OFFICE_COLLECTIONS', t.amt), ('SHIPPER_PAYABLE', -t.amt)) AS x(account, amount)""")
                .param("a", a).param("o", office).param("s", shipper).param("d", day).param("m", mode).param("amt", amt)
                .param("now", utc(recordedAt)).update();
    }

    @Override
    public void cancel(Collection<String> articles, Instant at) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE cod_article SET cancelled_at = :at WHERE article = ANY (:a::text[]) AND cancelled_at IS NULL AND collected_at IS NULL")
                .param("at", utc(at)).param("a", articles.toArray(String[]::new)).update();
    }

    @Override
    public void relocate(Collection<String> articles, long officeId) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE cod_article SET office_id = :o WHERE article = ANY (:a::text[]) AND collected_at IS NULL")
                .param("o", officeId).param("a", articles.toArray(String[]::new)).update();
    }

    @Override
    public Optional<RemittanceCycle> cycle(String shipper) {
        return jdbc.sql("SELECT cycle_days, deduct_fee FROM cod_settings WHERE shipper = :s").param("s", shipper)
                .query((rs, n) -> new RemittanceCycle(rs.getInt(1), rs.getBoolean(2))).optional();
    }

    @Override
    public void putCycle(String shipper, RemittanceCycle cycle, Instant at) {
        jdbc.sql("""
                        INSERT INTO cod_settings (shipper, cycle_days, deduct_fee, changed_at) VALUES (:s, :c, :d, :at)
                        ON CONFLICT (shipper) DO UPDATE SET cycle_days = excluded.cycle_days, deduct_fee = excluded.deduct_fee,
                               changed_at = excluded.changed_at""")
                .param("s", shipper).param("c", cycle.businessDays()).param("d", cycle.deductFee()).param("at", utc(at)).update();
    }

    private void lockRemittances() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", REMITTANCE_LOCK).query((rs, n) -> 1).list();
    }

    /** The collected articles no batch holds yet; {@code a} is cod_article, {@code s} the shipper's cod_settings row. */
    static final String UNREMITTED = "a.collected_at IS NOT NULL AND a.remittance_id IS NULL AND a.cancelled_at IS NULL";

    // The checks of one article ({@code a} cod_article, {@code k.c} its cycle's cutoff), shared by the listing of
    // discrepancies and their count; the last is formatted with the expression of the day the check is made on.
    static final String PAST_DUE = "(" + UNREMITTED + " AND a.collection_date <= k.c)";
    static final String COLLECTED_WRONG = "(a.collected_paise IS NOT NULL AND a.collected_paise <> a.amount_paise)";
    static final String NOT_COLLECTED = "(a.delivered_at IS NOT NULL AND a.collected_at IS NULL AND a.cancelled_at IS NULL"
            + " AND (a.delivered_at AT TIME ZONE 'Asia/Kolkata')::date < %s)";

    @Override
    public List<RemittanceBatch> remitDue(LocalDate runDate, LocalDate[] cutoffs, RemittanceCycle defaults, Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("days", defaults.businessDays());
        p.put("deduct", defaults.deductFee());
        p.put("cutoffs", java.util.Arrays.stream(cutoffs).map(LocalDate::toString).toArray(String[]::new));
        return remit(UNREMITTED + " AND a.collection_date <= k.c", "coalesce(s.cycle_days, :days)", "coalesce(s.deduct_fee, :deduct)",
                p, runDate, now);
    }

    @Override
    public RemittanceBatch remitArticles(String shipper, Collection<String> articles, LocalDate date, RemittanceCycle cycle, Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("days", cycle.businessDays());
        p.put("deduct", cycle.deductFee());
        p.put("articles", articles.toArray(String[]::new));
        p.put("shipper", shipper);
        String[] any = new String[RemittanceCycle.MAX_DAYS + 1];
        java.util.Arrays.fill(any, "9999-12-31");
        p.put("cutoffs", any);
        List<RemittanceBatch> made = remit(UNREMITTED + " AND a.article = ANY (:articles::text[]) AND a.shipper = :shipper",
                ":days::int", ":deduct::boolean", p, date, now);
        if (made.size() != 1 || made.getFirst().articles() != articles.size()) {
            throw new IllegalStateException("checked articles changed under the remittance lock");
        }
        return made.getFirst();
    }

    /**
     * Remits every article matching {@code due}, one batch per shipper, in three set-based
     * statements: the batches, the articles marked with their lines written from the same UPDATE's
     * RETURNING (one pass over cod_article, in-place updates), then one ledger journal per batch
     * and office. The batch totals are taken from the lines written.
     */
    private List<RemittanceBatch> remit(String due, String cycleDays, String deductFee, Map<String, Object> params, LocalDate date,
                                        Instant now) {
        long t0 = System.nanoTime();
        lockRemittances();
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("date", date);
        p.put("now", utc(now));
        List<Long> ids = jdbc.sql("""
                        INSERT INTO cod_remittance (shipper, business_date, cycle_days, deduct_fee, articles, gross_paise, fee_paise,
                                                    net_paise, created_at)
                        WITH k AS (SELECT (o - 1)::int AS days, c FROM unnest(:cutoffs::date[]) WITH ORDINALITY AS u(c, o))
                        SELECT a.shipper, :date, min(%s), bool_or(%s), 0, 0, 0, 0, :now
                          FROM cod_article a LEFT JOIN cod_settings s ON s.shipper = a.shipper
                          JOIN k ON k.days = coalesce(s.cycle_days, :days)
                         WHERE %s
                         GROUP BY a.shipper ORDER BY a.shipper
                        RETURNING id""".formatted(cycleDays, deductFee, due))
                .params(p).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] idArray = ids.toArray(Long[]::new);
        p.put("ids", idArray);
        long t1 = System.nanoTime();
        // What was remitted, per batch and office, straight from the lines written: totals and the ledger
        // read this small table, not the lines (whose statistics are stale inside the transaction).
        jdbc.sql("DROP TABLE IF EXISTS pg_temp.cod_remitted").update();
        jdbc.sql("CREATE TEMP TABLE cod_remitted (remittance_id bigint, office_id bigint, n bigint, gross bigint, fee bigint) ON COMMIT DROP")
                .update();
        jdbc.sql("""
                        WITH k AS (SELECT (o - 1)::int AS days, c FROM unnest(:cutoffs::date[]) WITH ORDINALITY AS u(c, o)),
                             marked AS (
                            UPDATE cod_article a SET remittance_id = r.id, remitted_on = :date
                              FROM cod_remittance r LEFT JOIN cod_settings s ON s.shipper = r.shipper
                              JOIN k ON k.days = coalesce(s.cycle_days, :days)
                             WHERE r.id = ANY (:ids::bigint[]) AND a.shipper = r.shipper AND %s
                            RETURNING r.id, a.article, a.office_id, a.amount_paise, CASE WHEN r.deduct_fee THEN a.fee_paise ELSE 0 END AS fee),
                             lines AS (
                            INSERT INTO cod_remittance_line (remittance_id, article, office_id, amount_paise, fee_paise)
                            SELECT id, article, office_id, amount_paise, fee FROM marked
                            RETURNING remittance_id, office_id, amount_paise, fee_paise)
                        INSERT INTO cod_remitted
                        SELECT remittance_id, office_id, count(*), sum(amount_paise), sum(fee_paise) FROM lines
                         GROUP BY remittance_id, office_id""".formatted(due))
                .params(p).update();
        long t2 = System.nanoTime();
        jdbc.sql("""
                        UPDATE cod_remittance r SET articles = x.n, gross_paise = x.gross, fee_paise = x.fee, net_paise = x.gross - x.fee
                          FROM (SELECT remittance_id, sum(n) AS n, sum(gross) AS gross, sum(fee) AS fee
                                  FROM cod_remitted GROUP BY remittance_id) x
                         WHERE r.id = x.remittance_id""").update();
        jdbc.sql("DELETE FROM cod_remittance WHERE id = ANY (:ids::bigint[]) AND articles = 0").param("ids", idArray).update();
        // One journal per batch and office: the office's COD money leaves it and the debt to the shipper is settled;
        // a deducted COD fee is shown as a deduction from the payout against fee income.
        jdbc.sql("""
                        WITH t AS (SELECT x.remittance_id, x.office_id, r.shipper, x.gross, x.fee
                                     FROM cod_remitted x JOIN cod_remittance r ON r.id = x.remittance_id),
                             j AS (INSERT INTO cod_journal (kind, business_date, recorded_at, office_id, shipper, remittance_id)
                                   SELECT 'REMITTANCE', :date, :now, office_id, shipper, remittance_id FROM t
                                   RETURNING id, office_id, shipper, remittance_id)
                        INSERT INTO cod_posting (journal_id, account, office_id, shipper, amount_paise)
                        SELECT j.id, x.account, j.office_id, j.shipper, x.amount
                          FROM j JOIN t ON t.remittance_id = j.remittance_id AND t.office_id = j.office_id
                          CROSS JOIN LATERAL (VALUES ('SHIPPER_PAYABLE', t.gross), ('OFFICE_COLLECTIONS', -t.gross),
                                                     ('REMITTANCE_DEDUCTIONS', t.fee), ('COD_FEE_INCOME', -t.fee)) AS x(account, amount)
                         WHERE x.amount <> 0""")
                .param("date", date).param("now", utc(now)).update();
        log.debug("remittance of {} batches: batches {} ms, articles marked and lines {} ms, totals and ledger {} ms", ids.size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return jdbc.sql(BATCH_SELECT + " WHERE id = ANY (:ids::bigint[]) ORDER BY id").param("ids", idArray)
                .query(JdbcCodStore::batch).list();
    }

    static final String BATCH_SELECT = """
            SELECT id, shipper, business_date, cycle_days, deduct_fee, articles, gross_paise, fee_paise, net_paise, created_at,
                   bank_reference, paid_at, confirmed_at, confirmed_by FROM cod_remittance""";

    static RemittanceBatch batch(ResultSet rs, int n) throws SQLException {
        return new RemittanceBatch(rs.getLong("id"), rs.getString("shipper"), rs.getDate("business_date").toLocalDate(),
                rs.getInt("cycle_days"), rs.getBoolean("deduct_fee"), rs.getInt("articles"), rs.getLong("gross_paise"),
                rs.getLong("fee_paise"), rs.getLong("net_paise"), rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getString("bank_reference")), instant(rs, "paid_at"), instant(rs, "confirmed_at"),
                Optional.ofNullable(rs.getString("confirmed_by")));
    }

    @Override
    public Optional<RemittanceBatch> batch(long id) {
        return jdbc.sql(BATCH_SELECT + " WHERE id = :id").param("id", id).query(JdbcCodStore::batch).optional();
    }

    @Override
    public List<RemittanceBatch> batches(Optional<String> shipper, LocalDate from, LocalDate to) {
        return jdbc.sql(BATCH_SELECT + " " + """
                         WHERE business_date BETWEEN :f AND :t AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))
                         ORDER BY business_date, id LIMIT 10000""")
                .param("f", from).param("t", to).param("s", shipper.orElse(null)).query(JdbcCodStore::batch).list();
    }

    @Override
    public List<RemittanceLine> lines(long remittanceId) {
        return jdbc.sql("SELECT remittance_id, article, office_id, amount_paise, fee_paise FROM cod_remittance_line "
                        + "WHERE remittance_id = :id ORDER BY article")
                .param("id", remittanceId)
                .query((rs, n) -> new RemittanceLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    @Override
    public boolean recordPayment(long id, String bankReference, Instant at) {
        return jdbc.sql("UPDATE cod_remittance SET bank_reference = :r, paid_at = :at WHERE id = :id AND bank_reference IS NULL")
                .param("r", bankReference).param("at", utc(at)).param("id", id).update() == 1;
    }

    @Override
    public boolean confirm(long id, String by, Instant at) {
        boolean done = jdbc.sql("UPDATE cod_remittance SET confirmed_at = :at, confirmed_by = :by WHERE id = :id AND confirmed_at IS NULL")
                .param("at", utc(at)).param("by", by).param("id", id).update() == 1;
        if (done) {
            jdbc.sql("""
                            UPDATE cod_article SET confirmed_at = :at
                             WHERE article IN (SELECT article FROM cod_remittance_line WHERE remittance_id = :id)
                               AND remittance_id = :id AND confirmed_at IS NULL""")
                    .param("at", utc(at)).param("id", id).update();
        }
        return done;
    }

    @Override
    public List<Balance> balances() {
        return jdbc.sql("""
                        WITH art AS (SELECT office_id, shipper, sum(collected_paise) AS collected
                                       FROM cod_article WHERE collected_at IS NOT NULL GROUP BY office_id, shipper),
                             rem AS (SELECT l.office_id, r.shipper, sum(l.amount_paise) AS remitted
                                       FROM cod_remittance_line l JOIN cod_remittance r ON r.id = l.remittance_id
                                      GROUP BY l.office_id, r.shipper),
                             led AS (SELECT office_id, shipper,
                                            sum(CASE WHEN account = 'SHIPPER_PAYABLE' THEN -amount_paise ELSE 0 END) AS outstanding,
                                            sum(CASE WHEN account = 'OFFICE_COLLECTIONS' AND amount_paise > 0 THEN amount_paise ELSE 0 END)
                                                AS ledger_collected
                                       FROM cod_posting GROUP BY office_id, shipper),
                             k AS (SELECT office_id, shipper FROM art UNION SELECT office_id, shipper FROM rem
                                   UNION SELECT office_id, shipper FROM led),
                             x AS (SELECT k.office_id, k.shipper, coalesce(art.collected, 0) AS c, coalesce(led.ledger_collected, 0) AS lc,
                                          coalesce(rem.remitted, 0) AS r, coalesce(led.outstanding, 0) AS o
                                     FROM k LEFT JOIN art USING (office_id, shipper) LEFT JOIN rem USING (office_id, shipper)
                                     LEFT JOIN led USING (office_id, shipper))
                        SELECT CASE WHEN grouping(office_id) = 0 THEN 'OFFICE' ELSE 'SHIPPER' END AS scope,
                               CASE WHEN grouping(office_id) = 0 THEN office_id::text ELSE shipper END AS key,
                               sum(c), sum(lc), sum(r), sum(o)
                          FROM x GROUP BY GROUPING SETS ((office_id), (shipper)) ORDER BY 1, 2""")
                .query((rs, n) -> new Balance(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))).list();
    }

    @Override
    public List<Long> unbalancedJournals() {
        return jdbc.sql("SELECT journal_id FROM cod_posting GROUP BY journal_id HAVING sum(amount_paise) <> 0 ORDER BY 1 LIMIT 1000")
                .query(Long.class).list();
    }

    @Override
    public List<Discrepancy> discrepancies(Optional<String> shipper, Instant bookedFrom, Instant bookedTo, LocalDate asOf,
                                           LocalDate[] cutoffs, int defaultCycleDays) {
        return jdbc.sql("""
                        WITH a AS MATERIALIZED (
                                 SELECT article, shipper, office_id, amount_paise, delivered_at, collected_at, collection_date,
                                        collected_paise, cancelled_at, remittance_id
                                   FROM cod_article
                                  WHERE booked_at >= :f AND booked_at < :t AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))),
                             k AS (SELECT (o - 1)::int AS days, c FROM unnest(:cutoffs::date[]) WITH ORDINALITY AS u(c, o))
                        -- one pass over the articles for the checks of one article ...
                        SELECT a.article, a.shipper, a.office_id, v.kind, v.detail
                          FROM a LEFT JOIN cod_settings s USING (shipper) JOIN k ON k.days = coalesce(s.cycle_days, :days)
                         CROSS JOIN LATERAL (VALUES
                               (%1$s,
                                'COLLECTED_NOT_REMITTED', 'collected on ' || a.collection_date || ', due by ' || :asof || ', not remitted'),
                               (%2$s,
                                'AMOUNT_MISMATCH', 'booked ' || a.amount_paise || ' paise, collected ' || a.collected_paise || ' paise'),
                               (%3$s,
                                'DELIVERED_WITHOUT_COLLECTION', 'delivered at ' || a.delivered_at || ', no collection recorded')
                             ) AS v(hit, kind, detail)
                         WHERE v.hit
                           -- the details are built only for the few articles with something wrong
                           AND (%1$s OR %2$s OR %3$s)
                        UNION ALL
                        -- ... and one over their remittance lines
                        SELECT a.article, a.shipper, a.office_id, v.kind, v.detail
                          FROM (SELECT l.article, count(*) AS n, min(l.remittance_id) AS first, max(l.remittance_id) AS last,
                                       max(l.amount_paise) FILTER (WHERE l.amount_paise <> a.amount_paise) AS wrong
                                  FROM cod_remittance_line l JOIN a ON a.article = l.article
                                 GROUP BY l.article
                                HAVING count(*) > 1 OR max(l.amount_paise) FILTER (WHERE l.amount_paise <> a.amount_paise) IS NOT NULL) x
                          JOIN a ON a.article = x.article
                         CROSS JOIN LATERAL (VALUES
                               (x.n > 1, 'REMITTED_TWICE', 'on ' || x.n || ' remittance lines, remittances ' || x.first || ' to ' || x.last),
                               (x.wrong IS NOT NULL, 'AMOUNT_MISMATCH', 'booked ' || a.amount_paise || ' paise, remitted ' || x.wrong || ' paise')
                             ) AS v(hit, kind, detail)
                         WHERE v.hit
                        ORDER BY 1, 4 LIMIT :limit""".formatted(PAST_DUE, COLLECTED_WRONG, NOT_COLLECTED.formatted(":asof")))
                .param("f", utc(bookedFrom)).param("t", utc(bookedTo)).param("s", shipper.orElse(null)).param("asof", asOf)
                .param("cutoffs", java.util.Arrays.stream(cutoffs).map(LocalDate::toString).toArray(String[]::new))
                .param("days", defaultCycleDays).param("limit", MAX_DISCREPANCIES)
                .query((rs, n) -> new Discrepancy(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Discrepancy.Kind.valueOf(rs.getString(4)), rs.getString(5))).list();
    }

    @Override
    public long[] discrepancyCounts(Optional<String> shipper, List<CountedPeriod> periods, int defaultCycleDays) {
        long[] out = new long[periods.size()];
        if (periods.isEmpty()) {
            return out;
        }
        // The same checks as discrepancies(), counted: per period the article checks with its own cutoffs,
        // plus the remittance-line checks (which do not depend on the day they are made on).
        List<Integer> cols = new ArrayList<>();
        List<String> froms = new ArrayList<>(), tos = new ArrayList<>();
        List<String> asOfs = new ArrayList<>();
        List<Integer> cutCols = new ArrayList<>(), cutDays = new ArrayList<>();
        List<String> cutDates = new ArrayList<>();
        Instant min = periods.getFirst().bookedFrom(), max = periods.getFirst().bookedTo();
        for (int c = 0; c < periods.size(); c++) {
            CountedPeriod p = periods.get(c);
            cols.add(c);
            froms.add(p.bookedFrom().toString());
            tos.add(p.bookedTo().toString());
            asOfs.add(p.asOf().toString());
            for (int d = 0; d < p.cutoffs().length; d++) {
                cutCols.add(c);
                cutDays.add(d);
                cutDates.add(p.cutoffs()[d].toString());
            }
            min = p.bookedFrom().isBefore(min) ? p.bookedFrom() : min;
            max = p.bookedTo().isAfter(max) ? p.bookedTo() : max;
        }
        jdbc.sql("""
                        WITH p AS (SELECT * FROM unnest(CAST(:cols AS int[]), CAST(:froms AS timestamptz[]), CAST(:tos AS timestamptz[]),
                                                        CAST(:asofs AS date[])) AS p(col, f, t, asof)),
                             k AS (SELECT * FROM unnest(CAST(:cutCols AS int[]), CAST(:cutDays AS int[]), CAST(:cutDates AS date[]))
                                          AS k(col, days, c)),
                             a AS MATERIALIZED (
                                 SELECT article, shipper, amount_paise, delivered_at, collected_at, collection_date, collected_paise,
                                        cancelled_at, remittance_id, booked_at
                                   FROM cod_article
                                  WHERE booked_at >= :min AND booked_at < :max AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))),
                             lines AS (SELECT l.article, (count(*) > 1)::int
                                              + (max(l.amount_paise) FILTER (WHERE l.amount_paise <> a.amount_paise) IS NOT NULL)::int AS hits
                                         FROM cod_remittance_line l JOIN a ON a.article = l.article GROUP BY l.article),
                             checks AS (SELECT p.col, %s::int + %s::int + %s::int AS hits
                                          FROM p JOIN a ON a.booked_at >= p.f AND a.booked_at < p.t
                                          LEFT JOIN cod_settings s USING (shipper)
                                          JOIN k ON k.col = p.col AND k.days = coalesce(s.cycle_days, :days)
                                        UNION ALL
                                        SELECT p.col, x.hits
                                          FROM p JOIN a ON a.booked_at >= p.f AND a.booked_at < p.t JOIN lines x ON x.article = a.article)
                        SELECT col, sum(hits) FROM checks GROUP BY col""".formatted(PAST_DUE, COLLECTED_WRONG, NOT_COLLECTED.formatted("p.asof")))
                .param("cols", cols.toArray(Integer[]::new)).param("froms", froms.toArray(String[]::new))
                .param("tos", tos.toArray(String[]::new)).param("asofs", asOfs.toArray(String[]::new))
                .param("cutCols", cutCols.toArray(Integer[]::new)).param("cutDays", cutDays.toArray(Integer[]::new))
                .param("cutDates", cutDates.toArray(String[]::new)).param("min", utc(min)).param("max", utc(max))
                .param("s", shipper.orElse(null)).param("days", defaultCycleDays)
                .query(rs -> {
                    out[rs.getInt(1)] = rs.getLong(2);
                });
        return out;
    }

    @Override
    public ReconciliationSummary summary(Optional<String> shipper, Instant bookedFrom, Instant bookedTo) {
        return jdbc.sql("""
                        SELECT count(*), count(delivered_at), count(collected_at), count(remittance_id), count(confirmed_at),
                               count(cancelled_at), coalesce(sum(amount_paise), 0), coalesce(sum(collected_paise), 0),
                               coalesce(sum(amount_paise) FILTER (WHERE remittance_id IS NOT NULL), 0),
                               coalesce(sum(amount_paise) FILTER (WHERE confirmed_at IS NOT NULL), 0)
                          FROM cod_article
                         WHERE booked_at >= :f AND booked_at < :t AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))""")
                .param("f", utc(bookedFrom)).param("t", utc(bookedTo)).param("s", shipper.orElse(null))
                .query((rs, n) -> new ReconciliationSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10))).single();
    }

    @Override
    public List<CodArticle> articles(Optional<String> shipper, Instant bookedFrom, Instant bookedTo, int limit) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " " + """
                         FROM cod_article
                        WHERE booked_at >= :f AND booked_at < :t AND (cast(:s AS text) IS NULL OR shipper = cast(:s AS text))
                        ORDER BY booked_at, article LIMIT :limit""")
                .param("f", utc(bookedFrom)).param("t", utc(bookedTo)).param("s", shipper.orElse(null)).param("limit", limit)
                .query(JdbcCodStore::article).list();
    }

    @Override
    public List<StatementLine> statement(String shipper, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT a.article, a.office_id, a.amount_paise, a.collected_at, a.mode, a.upi_reference, a.remittance_id,
                               a.remitted_on, r.bank_reference, CASE WHEN r.deduct_fee THEN a.fee_paise ELSE 0 END AS fee, a.confirmed_at
                          FROM cod_article a LEFT JOIN cod_remittance r ON r.id = a.remittance_id
                         WHERE a.shipper = :s AND a.collection_date BETWEEN :f AND :t
                         ORDER BY a.collection_date, a.article LIMIT 100000""")
                .param("s", shipper).param("f", from).param("t", to)
                .query((rs, n) -> {
                    long rid = rs.getLong(7);
                    Long remittance = rs.wasNull() ? null : rid;
                    java.sql.Date rd = rs.getDate(8);
                    Timestamp conf = rs.getTimestamp(11);
                    return new StatementLine(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5), rs.getString(6), remittance, rd == null ? null : rd.toLocalDate(), rs.getString(9),
                            rs.getLong(10), conf == null ? null : conf.toInstant());
                }).list();
    }

    @Override
    public CashAccount cashAccount(long officeId, LocalDate day) {
        return jdbc.sql("""
                        SELECT coalesce(sum(p.amount_paise) FILTER (WHERE j.business_date < :d), 0),
                               coalesce(sum(p.amount_paise) FILTER (WHERE j.business_date = :d AND j.kind = 'COLLECTION' AND j.mode = 'CASH'), 0),
                               coalesce(sum(p.amount_paise) FILTER (WHERE j.business_date = :d AND j.kind = 'COLLECTION' AND j.mode = 'UPI'), 0),
                               count(*) FILTER (WHERE j.business_date = :d AND j.kind = 'COLLECTION'),
                               coalesce(-sum(p.amount_paise) FILTER (WHERE j.business_date = :d AND j.kind = 'REMITTANCE'), 0),
                               coalesce(sum(p.amount_paise), 0)
                          FROM cod_journal j JOIN cod_posting p ON p.journal_id = j.id AND p.account = 'OFFICE_COLLECTIONS'
                         WHERE j.office_id = :o AND j.business_date <= :d""")
                .param("d", day).param("o", officeId)
                .query((rs, n) -> new CashAccount(officeId, day, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getLong(5), rs.getLong(6))).single();
    }
}
