package org.daksetu.cod.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;
import static org.daksetu.delivery.api.LastMileFixtures.cash;
import static org.daksetu.delivery.api.LastMileFixtures.delivered;
import static org.daksetu.delivery.api.LastMileFixtures.today;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.cod.application.Reconciliation;
import org.daksetu.cod.domain.Discrepancy;
import org.daksetu.delivery.api.LastMileFixtures;
import org.daksetu.platform.cli.DakSetuCommand;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.daksetu.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciliation finds what went wrong with the money: the data is damaged inside a transaction
 * that is rolled back afterwards (so other tests never see it), and the ledger check and the
 * discrepancy list must name every damage. The `cod verify` command passes on the real data.
 */
@IntegrationTest
class ReconciliationIT {

    @LocalServerPort
    int port;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void damaged_money_trails_are_listed_and_the_ledger_check_fails_until_they_are_gone() {
        LastMileFixtures f = new LastMileFixtures(port);
        var shipper = f.aShipper("Recon");
        String remitted = f.book(shipper, KOCHI, 30_000, false);
        String waiting = f.book(shipper, KOCHI, 40_000, false);
        long office = f.receive(remitted);
        f.receive(waiting);
        f.startRun(office, today(), remitted, waiting);
        assertThat(f.ops.post("/api/v1/delivery/attempts", Http.json(Map.of("attempts", List.of(
                delivered(remitted, null, cash(30_000)), delivered(waiting, null, cash(40_000)))))).status()).isEqualTo(200);
        assertThat(f.finance.post("/api/v1/cod/remittances", Http.json(Map.of("shipper", shipper.code(), "articles", List.of(remitted),
                "date", today().toString()))).status()).isEqualTo(201);

        var clean = reconciliation.report(Optional.of(shipper.code()), today().minusDays(1), today().plusDays(1), today().plusDays(10));
        assertThat(clean.discrepancies()).extracting(Discrepancy::article, Discrepancy::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(waiting, Discrepancy.Kind.COLLECTED_NOT_REMITTED));
        assertThat(reconciliation.verify().ok()).isTrue();
        countsMatchTheReports(shipper.code());

        transactions.executeWithoutResult(tx -> {
            long batch = jdbc.sql("SELECT remittance_id FROM cod_article WHERE article = :a").param("a", remitted).query(Long.class).single();
            jdbc.sql("INSERT INTO cod_remittance_line (remittance_id, article, office_id, amount_paise, fee_paise) VALUES (:b, :a, :o, 30000, 0)")
                    .param("b", batch).param("a", remitted).param("o", office).update();
            jdbc.sql("UPDATE cod_article SET collected_paise = 39000 WHERE article = :a").param("a", waiting).update();
            long journal = jdbc.sql("""
                    INSERT INTO cod_journal (kind, business_date, recorded_at, office_id, shipper) VALUES ('COLLECTION', :d, now(), :o, :s)
                    RETURNING id""").param("d", today()).param("o", office).param("s", shipper.code()).query(Long.class).single();
            jdbc.sql("INSERT INTO cod_posting (journal_id, account, office_id, shipper, amount_paise) VALUES (:j, 'OFFICE_COLLECTIONS', :o, :s, 100)")
                    .param("j", journal).param("o", office).param("s", shipper.code()).update();

            var damaged = reconciliation.report(Optional.of(shipper.code()), today().minusDays(1), today().plusDays(1), today().plusDays(10));
            assertThat(damaged.discrepancies()).extracting(Discrepancy::kind).contains(Discrepancy.Kind.REMITTED_TWICE,
                    Discrepancy.Kind.AMOUNT_MISMATCH, Discrepancy.Kind.COLLECTED_NOT_REMITTED);
            countsMatchTheReports(shipper.code());
            var check = reconciliation.verify();
            assertThat(check.ok()).isFalse();
            assertThat(check.unbalancedJournals()).contains(journal);
            assertThat(check.violations()).extracting(b -> b.key()).contains(Long.toString(office), shipper.code());
            tx.setRollbackOnly();
        });
        assertThat(reconciliation.verify().ok()).isTrue();
    }

    /** The review's one-pass count gives, for every period and day of checking, as many discrepancies as the report lists. */
    private void countsMatchTheReports(String shipper) {
        List<Reconciliation.Period> periods = List.of(
                new Reconciliation.Period(today().minusDays(1), today().plusDays(1), today().plusDays(10)),
                new Reconciliation.Period(today(), today(), today()),
                new Reconciliation.Period(today(), today(), today().plusDays(1)),
                new Reconciliation.Period(today().minusDays(30), today().minusDays(2), today().plusDays(10)),
                new Reconciliation.Period(today().minusDays(5), today().plusDays(5), today().plusDays(3)));
        for (Optional<String> scope : List.of(Optional.of(shipper), Optional.<String>empty())) {
            long[] counts = reconciliation.discrepancyCounts(scope, periods);
            for (int i = 0; i < periods.size(); i++) {
                Reconciliation.Period p = periods.get(i);
                assertThat(counts[i]).as(p + " " + scope)
                        .isEqualTo(reconciliation.report(scope, p.from(), p.to(), p.asOf()).discrepancies().size());
            }
        }
        assertThat(reconciliation.discrepancyCounts(Optional.of(shipper), periods)[0]).isPositive();
    }

    @Test
    void the_cod_verify_command_checks_the_ledger_of_the_database() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true));
            exit = DakSetuCommand.commandLine().execute("cod", "verify", "--db-url", TestDatabase.url());
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString()).contains("COD ledger:").contains("OK: every journal balances");
        assertThat(exit).isZero();
    }
}
