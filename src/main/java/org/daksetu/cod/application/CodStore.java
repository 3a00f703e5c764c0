package org.daksetu.cod.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.cod.domain.CodArticle;
import org.daksetu.cod.domain.CollectionMode;
import org.daksetu.cod.domain.Discrepancy;
import org.daksetu.cod.domain.RemittanceCycle;

/** Where cod keeps its articles, remittances and ledger (PostgreSQL; docs/COD.md). */
public interface CodStore {

    record Expected(String article, String shipper, long officeId, long amountPaise, long feePaise, Instant bookedAt) {
    }

    record Collected(String article, String shipper, long officeId, long amountPaise, CollectionMode mode,
                     Optional<String> upiReference, Instant at, LocalDate businessDate) {
    }

    /** Adds the articles not known yet; answers how many were new. */
    int expect(List<Expected> articles);

    /** The articles, locked for the rest of the transaction (collections of one article queue behind each other). */
    Map<String, CodArticle> lock(Collection<String> articles);

    Optional<CodArticle> find(String article);

    /** Marks articles delivered at their times (those already delivered keep their time). */
    void markDelivered(Map<String, Instant> deliveredAt);

    /** Records the collections and their ledger entries (one journal per collection). */
    void collect(List<Collected> collections, Instant recordedAt);

    void cancel(Collection<String> articles, Instant at);

    /** Moves uncollected articles to another office. */
    void relocate(Collection<String> articles, long officeId);

    Optional<RemittanceCycle> cycle(String shipper);

    void putCycle(String shipper, RemittanceCycle cycle, Instant at);

    /**
     * Remits, per shipper, every collected article due by {@code runDate}: {@code cutoffs[n]} is the
     * last collection day due for a cycle of n working days. One batch per shipper; set-based.
     */
    List<RemittanceBatch> remitDue(LocalDate runDate, LocalDate[] cutoffs, RemittanceCycle defaults, Instant now);

    /** Remits the named articles (already checked) to their shipper in one batch. */
    RemittanceBatch remitArticles(String shipper, Collection<String> articles, LocalDate date, RemittanceCycle cycle, Instant now);

    Optional<RemittanceBatch> batch(long id);

    List<RemittanceBatch> batches(Optional<String> shipper, LocalDate from, LocalDate to);

    List<RemittanceLine> lines(long remittanceId);

    boolean recordPayment(long id, String bankReference, Instant at);

    boolean confirm(long id, String by, Instant at);

    /** Per office and per shipper: collected (article register), remitted (remittance lines), outstanding (ledger). */
    List<Balance> balances();

    /** Journals whose postings do not sum to zero. */
    List<Long> unbalancedJournals();

    List<Discrepancy> discrepancies(Optional<String> shipper, Instant bookedFrom, Instant bookedTo, LocalDate asOf,
                                    LocalDate[] cutoffs, int defaultCycleDays);

    /** Articles booked in [from, to), checked as of {@code asOf} with that day's remittance cutoffs. */
    record CountedPeriod(Instant bookedFrom, Instant bookedTo, LocalDate asOf, LocalDate[] cutoffs) {
    }

    /** The number of discrepancies {@link #discrepancies} gives for each period (no listing limit), in one pass. */
    long[] discrepancyCounts(Optional<String> shipper, List<CountedPeriod> periods, int defaultCycleDays);

    ReconciliationSummary summary(Optional<String> shipper, Instant bookedFrom, Instant bookedTo);

    List<CodArticle> articles(Optional<String> shipper, Instant bookedFrom, Instant bookedTo, int limit);

    List<StatementLine> statement(String shipper, LocalDate from, LocalDate to);

    CashAccount cashAccount(long officeId, LocalDate day);
}
