package org.daksetu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.DakSetuApplication;
import org.daksetu.cod.application.Reconciliation;
import org.daksetu.cod.application.RemittanceBatch;
import org.daksetu.cod.application.Remittances;
import org.daksetu.platform.db.EmbeddedDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * COD at volume, on a fresh embedded PostgreSQL with the real services: a remittance run over N
 * collected articles (default 1,000,000: 200 shippers, 2,000 offices, collections spread over a
 * quarter, each with its ledger journal), then the quarter's reconciliation report and the ledger
 * check. The remittance is undone between runs (outside the timing) so each run remits all N.
 *   bench/cod.sh [articles, default 1000000] [runs, default 3]
 */
public final class CodBenchmark {

    static final LocalDate QUARTER = LocalDate.of(2026, 1, 1);

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = org.daksetu.support.Directories.throwaway("daksetu-bench-cod");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                     .web(WebApplicationType.NONE).logStartupInfo(false)
                     .run("--daksetu.db.url=" + db.jdbcUrl(), "--daksetu.webhooks.enabled=false", "--logging.level.root=WARN",
                             "--logging.level.org.daksetu.cod=" + System.getProperty("bench.log", "WARN"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Remittances remittances = context.getBean(Remittances.class);
            Reconciliation reconciliation = context.getBean(Reconciliation.class);

            long t = System.nanoTime();
            seed(jdbc, articles);
            System.out.printf("seeded %,d collected COD articles with their ledger journals in %.1f s%n", articles, secs(t));

            LocalDate runDate = QUARTER.plusDays(100);
            List<Double> remit = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                if (r > 1) {
                    undo(jdbc);
                }
                t = System.nanoTime();
                List<RemittanceBatch> batches = remittances.runCycle(runDate);
                double s = secs(t);
                remit.add(s);
                long n = batches.stream().mapToLong(RemittanceBatch::articles).sum();
                long gross = batches.stream().mapToLong(RemittanceBatch::grossPaise).sum();
                System.out.printf("remittance run %d: %,d batches, %,d articles, Rs %,d in %.2f s%n", r, batches.size(), n, gross / 100, s);
                if (n != articles) {
                    throw new IllegalStateException("the run remitted " + n + " of " + articles + " articles");
                }
            }
            // A realistic quarter for the report: remitted up to the 80th day, so the last collections are due
            // and listed as collected-not-remitted as of the 100th day.
            undo(jdbc);
            long partial = remittances.runCycle(QUARTER.plusDays(80)).stream().mapToLong(RemittanceBatch::articles).sum();
            System.out.printf("remitted %,d of %,d articles for the report%n", partial, articles);
            List<Double> report = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                t = System.nanoTime();
                Reconciliation.Report rep = reconciliation.report(Optional.empty(), QUARTER, QUARTER.plusDays(89), runDate);
                double s = secs(t);
                report.add(s);
                System.out.printf("quarter reconciliation %d: %,d articles booked, %,d collected, %,d remitted, %,d discrepancies listed in %.2f s%n",
                        r, rep.summary().booked(), rep.summary().collected(), rep.summary().remitted(), rep.discrepancies().size(), s);
            }
            t = System.nanoTime();
            Reconciliation.Verification v = reconciliation.verify();
            System.out.printf("ledger check over every office and shipper: %s, %,d balances in %.2f s%n",
                    v.ok() ? "ok" : "FAILED " + v.violations().size() + " balances, " + v.unbalancedJournals().size() + " journals",
                    v.balances().size(), secs(t));
            System.out.printf("median remittance run over %,d articles: %.2f s (target 60 s); median quarter report: %.2f s (target 10 s)%n",
                    articles, median(remit), median(report));
        } finally {
            // A million articles with their ledger take a few GB: leave nothing behind in /tmp.
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void seed(JdbcClient jdbc, int n) {
        jdbc.sql("""
                INSERT INTO cod_article (article, shipper, office_id, amount_paise, fee_paise, booked_at, delivered_at, collected_at,
                                         collection_date, collected_paise, mode)
                SELECT 'BK' || lpad(g::text, 9, '0') || 'IN', 'SHP-' || (g % 200), 1000000 + (g % 2000), (100 + g % 900) * 100, 5000,
                       d - interval '2 days', d, d, (d AT TIME ZONE 'Asia/Kolkata')::date, (100 + g % 900) * 100, 'CASH'
                  FROM generate_series(1, :n) g,
                       LATERAL (SELECT timestamptz '2026-01-03 11:00+05:30' + (g % 87) * interval '1 day' AS d) x""")
                .param("n", n).update();
        jdbc.sql("""
                INSERT INTO cod_journal (kind, business_date, recorded_at, office_id, shipper, article, mode)
                SELECT 'COLLECTION', collection_date, collected_at, office_id, shipper, article, mode FROM cod_article""").update();
        jdbc.sql("""
                INSERT INTO cod_posting (journal_id, account, office_id, shipper, amount_paise)
                SELECT j.id, x.account, j.office_id, j.shipper, x.amount
                  FROM cod_journal j JOIN cod_article a ON a.article = j.article
                  CROSS JOIN LATERAL (VALUES ('OFFICE_COLLECTIONS', a.collected_paise), ('SHIPPER_PAYABLE', -a.collected_paise)) x(account, amount)""")
                .update();
        jdbc.sql("VACUUM ANALYZE cod_article").update();
        jdbc.sql("ANALYZE cod_journal").update();
        jdbc.sql("ANALYZE cod_posting").update();
    }

    static void undo(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM cod_posting WHERE journal_id IN (SELECT id FROM cod_journal WHERE kind = 'REMITTANCE')").update();
        jdbc.sql("DELETE FROM cod_journal WHERE kind = 'REMITTANCE'").update();
        jdbc.sql("DELETE FROM cod_remittance_line").update();
        jdbc.sql("UPDATE cod_article SET remittance_id = NULL, remitted_on = NULL").update();
        jdbc.sql("DELETE FROM cod_remittance").update();
        jdbc.sql("VACUUM ANALYZE cod_article").update();
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }
}
