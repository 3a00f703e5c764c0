package org.daksetu.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.daksetu.DakSetuApplication;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.db.EmbeddedDatabase;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.IntakeReport;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.domain.ArticleNumber;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sustained scan intake through {@link ScanIntake#accept}: checks, COPY to staging, dedupe, bag-free
 * append, lifecycle derivation of every touched article from its whole history, state upsert,
 * feed entries, durable commit (synchronous_commit on). Each batch is 50,000 scans over 50,000
 * articles, 2% of them repeats of earlier scans. Alternated with a bare COPY of the same rows into
 * a table with no index, so the ratio is measured on the same machine at the same moment.
 * <p>
 * {@code bench/tracking-intake.sh [articles] [batches]}
 */
public final class IntakeBenchmark {

    static final String[] CODES = {"IB", "IG", "ID", "IR", "ID", "IR", "BD", "D"};

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int batchSize = ScanIntake.MAX_EVENTS;
        Path dir = org.daksetu.support.Directories.throwaway("daksetu-bench-intake");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                     .web(WebApplicationType.NONE).logStartupInfo(false)
                     .run("--daksetu.db.url=" + db.jdbcUrl(), "--daksetu.webhooks.enabled=false", "--daksetu.tracking.cache.max-articles=200000",
                             "--logging.level.root=WARN", "--logging.level.org.daksetu.tracking=" + System.getProperty("bench.log", "WARN"))) {
            Promises promises = context.getBean(Promises.class);
            Articles registry = context.getBean(Articles.class);
            ScanIntake intake = context.getBean(ScanIntake.class);
            DataSource dataSource = context.getBean(DataSource.class);

            OffsetDateTime handover = OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1);
            int[] pins = {682028, 400001, 560001, 700001, 110001, 600001, 751001, 226001};
            List<DeliveryPromise> plans = new ArrayList<>();
            for (int pin : pins) {
                plans.add(promises.promise("DEL-FC1", new Pin(pin), handover));
            }
            long t = System.nanoTime();
            List<ArticleRegistration> regs = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                DeliveryPromise p = plans.get(i % plans.size());
                regs.add(new ArticleRegistration(ArticleNumber.of("EB", i, "IN"), "SHP-" + (i % 50), "DEL-FC1",
                        p.destination(), 0, handover, p.itinerary(), p.edd()));
                if (regs.size() == 10_000) {
                    registry.registerAll(regs);
                    regs.clear();
                }
            }
            registry.registerAll(regs);
            System.out.printf("registered %,d articles in %.1f s%n", articles, (System.nanoTime() - t) / 1e9);

            OffsetDateTime start = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusDays(3);
            List<Double> intakeRates = new ArrayList<>(), copyRates = new ArrayList<>(), ratios = new ArrayList<>(),
                    keyedRatios = new ArrayList<>();
            java.util.Set<String> keyed = new java.util.HashSet<>();
            List<IncomingScan> previous = List.of();
            long serial = 0;
            for (int b = 0; b <= batches; b++) {
                List<IncomingScan> batch = new ArrayList<>(batchSize);
                int repeats = previous.isEmpty() ? 0 : batchSize / 50;
                for (int i = 0; i < repeats; i++) {
                    batch.add(previous.get(i * 37 % previous.size()));
                }
                while (batch.size() < batchSize) {
                    long n = serial++;
                    int article = (int) (n % articles);
                    int step = (int) (n / articles) % CODES.length;
                    String code = CODES[step];
                    batch.add(new IncomingScan("E" + n, ArticleNumber.of("EB", article, "IN").value(), null, code,
                            "110037", start.plusMinutes(n / articles * 90).toString(), null));
                }
                previous = batch;
                long t0 = System.nanoTime();
                IntakeReport r = intake.accept(batch, "bench");
                double intakeSeconds = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                bareCopy(dataSource, batch);
                double copySeconds = (System.nanoTime() - t1) / 1e9;
                List<IncomingScan> fresh = batch.stream().filter(x -> keyed.add(x.eventId())).toList();
                long t2 = System.nanoTime();
                keyedCopy(dataSource, fresh);
                double keyedSeconds = (System.nanoTime() - t2) / 1e9 * batch.size() / fresh.size();
                if (r.accepted() + r.duplicates() != batch.size()) {
                    throw new IllegalStateException("batch " + b + " lost scans: " + r);
                }
                if (b == 0) {
                    System.out.printf("warm-up: %,d scans in %.2f s%n", batch.size(), intakeSeconds);
                    continue;
                }
                intakeRates.add(batch.size() / intakeSeconds);
                copyRates.add(batch.size() / copySeconds);
                ratios.add(copySeconds / intakeSeconds);
                keyedRatios.add(copySeconds / keyedSeconds);
                System.out.printf("batch %2d: intake %,9.0f scans/s (%,d new, %,d duplicates, %.2f s) | bare COPY %,10.0f rows/s | ratio %.2f | keyed COPY %.2f%n",
                        b, intakeRates.getLast(), r.accepted(), r.duplicates(), intakeSeconds, copyRates.getLast(),
                        ratios.getLast(), keyedRatios.getLast());
            }
            System.out.printf("median of %d batches of %,d: intake %,.0f scans/s, bare COPY %,.0f rows/s, intake/COPY = %.2f%n",
                    batches, batchSize, median(intakeRates), median(copyRates), median(ratios));
            System.out.printf("the dedupe key alone: a COPY of the batch's new rows into a table keyed (article, event_id) "
                    + "runs at %.2f of the bare COPY's rate (median)%n", median(keyedRatios));
        }
    }

    /** The same rows, as text, into a table with the same columns and no key or index. */
    static void bareCopy(DataSource dataSource, List<IncomingScan> batch) throws Exception {
        copyText(dataSource, "bench_bare_scan", "", batch);
    }

    /**
     * The same rows as {@link #bareCopy} into a table with scan_event's key and nothing else: what
     * storing scans durably with their dedupe key costs before any other intake work.
     */
    static void keyedCopy(DataSource dataSource, List<IncomingScan> rows) throws Exception {
        copyText(dataSource, "bench_keyed_scan", ", PRIMARY KEY (article, event_id)", rows);
    }

    private static void copyText(DataSource dataSource, String table, String key, List<IncomingScan> rows) throws Exception {
        StringBuilder text = new StringBuilder(rows.size() * 90);
        for (IncomingScan s : rows) {
            text.append(s.eventId()).append('\t').append(s.article()).append('\t').append(s.code()).append('\t')
                    .append(s.office()).append('\t').append(s.occurredAt()).append("\t\\N\n");
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + table + " (event_id text, article text, code text, place text, "
                    + "occurred_at timestamptz, reason text" + key + ")");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
