package org.daksetu.cod.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.cod.domain.CodArticle;
import org.daksetu.cod.domain.Discrepancy;
import org.daksetu.cod.domain.RemittanceCycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation of COD money per article (booked, delivered, collected, remitted, confirmed), the
 * discrepancies, the ledger's invariants, shipper statements and office cash accounts.
 */
@Service
public class Reconciliation {

    public static final int MAX_ARTICLES = 10_000;

    private final CodStore store;
    private final Remittances remittances;

    public Reconciliation(CodStore store, Remittances remittances) {
        this.store = store;
        this.remittances = remittances;
    }

    /** The result of checking the ledger: every journal balances; per office and per shipper collected = remitted + outstanding. */
    public record Verification(boolean ok, List<Long> unbalancedJournals, List<Balance> balances, List<Balance> violations) {
    }

    /** Reads in one snapshot (repeatable read), so the check holds "at any moment" even while money moves. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Verification verify() {
        List<Long> unbalanced = store.unbalancedJournals();
        List<Balance> balances = store.balances();
        List<Balance> bad = balances.stream().filter(b -> !b.holds()).toList();
        return new Verification(unbalanced.isEmpty() && bad.isEmpty(), unbalanced, balances, bad);
    }

    public record Report(LocalDate from, LocalDate to, LocalDate asOf, ReconciliationSummary summary,
                         List<Discrepancy> discrepancies) {
    }

    /** Articles booked from {@code from} to {@code to} (IST days, inclusive): stage counts and every discrepancy as of {@code asOf}. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Report report(Optional<String> shipper, LocalDate from, LocalDate to, LocalDate asOf) {
        Instant a = from.atStartOfDay(CodAccounts.IST).toInstant(), b = to.plusDays(1).atStartOfDay(CodAccounts.IST).toInstant();
        return new Report(from, to, asOf, store.summary(shipper, a, b),
                store.discrepancies(shipper, a, b, asOf, remittances.cutoffs(asOf), RemittanceCycle.DEFAULT.businessDays()));
    }

    /** Articles booked from {@code from} to {@code to} (IST days, inclusive), checked as of {@code asOf}. */
    public record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    /**
     * How many discrepancies {@link #report} finds for each period (without its listing limit), in
     * one pass over the articles of all the periods: what the quarterly review needs, at a fraction
     * of the cost of a report per period.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public long[] discrepancyCounts(Optional<String> shipper, List<Period> periods) {
        List<CodStore.CountedPeriod> counted = periods.stream().map(p -> new CodStore.CountedPeriod(
                p.from().atStartOfDay(CodAccounts.IST).toInstant(), p.to().plusDays(1).atStartOfDay(CodAccounts.IST).toInstant(),
                p.asOf(), remittances.cutoffs(p.asOf()))).toList();
        return store.discrepancyCounts(shipper, counted, RemittanceCycle.DEFAULT.businessDays());
    }

    public List<CodArticle> articles(Optional<String> shipper, LocalDate from, LocalDate to, int limit) {
        return store.articles(shipper, from.atStartOfDay(CodAccounts.IST).toInstant(),
                to.plusDays(1).atStartOfDay(CodAccounts.IST).toInstant(), Math.min(limit, MAX_ARTICLES));
    }

    public List<StatementLine> statement(String shipper, LocalDate from, LocalDate to) {
        return store.statement(shipper, from, to);
    }

    public CashAccount cashAccount(long officeId, LocalDate day) {
        return store.cashAccount(officeId, day);
    }
}
