package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.delivery.domain.Beat;
import org.daksetu.delivery.domain.DeliveryPolicy;
import org.daksetu.delivery.domain.Outcome;

/** Where the last mile keeps its data (V6__delivery.sql). */
public interface DeliveryStore {

    /** Inserts new articles; answers the ones that were new. */
    int insert(List<DeliveryArticle> articles);

    /** The articles, locked until the transaction ends. */
    Map<String, DeliveryArticle> lock(Collection<String> articles);

    Optional<DeliveryArticle> find(String article);

    void update(DeliveryArticle article);

    /** Updates many articles in one statement. */
    void updateAll(List<DeliveryArticle> articles);

    record NewAttempt(String article, Optional<Long> runId, long officeId, Outcome outcome, Optional<String> reason,
                      boolean otpVerified, Instant at) {
    }

    record NewReport(String article, String shipper, long attemptId, Outcome outcome, Optional<String> reason, Instant at) {
    }

    /** Inserts attempts (one per article); answers their ids by article. */
    Map<String, Long> insertAttempts(List<NewAttempt> attempts, Instant recordedAt);

    /** Opens reports (one per article); answers their ids by article. */
    Map<String, Long> insertReports(List<NewReport> reports);

    /** Closes the open reports of the articles (a new attempt or the delivery answers them). */
    void closeOpenReports(Collection<String> articles, String by, Instant at);

    List<Beat> beats(long officeId);

    void insertBeats(List<Beat> beats, Instant at);

    void putBeat(Beat beat, Instant at);

    long insertRun(long officeId, String beat, String postman, LocalDate day, Instant startedAt, List<String> articles);

    Optional<DeliveryRun> run(long id);

    List<DeliveryRun> runs(long officeId, LocalDate day);

    long insertAttempt(String article, Optional<Long> runId, long officeId, Outcome outcome, Optional<String> reason,
                       boolean otpVerified, Instant at, Instant recordedAt);

    List<Attempt> attempts(String article);

    long insertReport(String article, String shipper, long attemptId, Outcome outcome, Optional<String> reason, Instant at);

    Optional<NonDeliveryReport> report(long id);

    List<NonDeliveryReport> reports(Optional<String> shipper, Optional<String> article, Optional<String> status, Instant from,
                                    Instant to, int limit);

    /** Open reports reported before {@code before}, oldest first. */
    List<NonDeliveryReport> openReports(Instant before, int limit);

    /** Closes the article's open reports with a decision. */
    int decide(String article, String status, Optional<String> action, Optional<LocalDate> reattemptOn, Optional<Integer> newPin,
               Optional<String> newAddress, Optional<String> newPhone, Optional<LocalDate> newEdd, String by, Instant at);

    /** Held articles held since on or before {@code since}. */
    List<DeliveryArticle> heldSince(LocalDate since, int limit);

    Optional<DeliveryPolicy> policy(String shipper);

    void putPolicy(String shipper, DeliveryPolicy policy, Instant at);

    void insertReturn(ReturnTrip trip);

    Optional<ReturnTrip> findReturn(String article);

    void returnDelivered(String article, Instant at);

    List<ReturnTrip> returns(Optional<String> shipper, Instant from, Instant to, int limit);

    /** Marks a report (closed by the return it led to) as answered by the shipper's instruction. */
    void markInstructed(long reportId, String action, String by, Instant at);

    /** Marks a report (closed by the return it led to) as decided by the default. */
    void markDefaulted(long reportId, String action, Instant at);

    // --- set-based variants for calls over many articles (same effect as the per-item methods, item by item) ---

    /** The beats of many offices, by office (offices without beats are absent). */
    Map<Long, List<Beat>> beats(Collection<Long> officeIds);

    record NewRun(long officeId, String beat, String postman, LocalDate day, Instant startedAt, List<String> articles) {
    }

    /** Inserts runs with their articles; answers their ids in the order of the runs. */
    List<Long> insertRuns(List<NewRun> runs);

    /** The articles go out for delivery on their runs (status OUT_FOR_DELIVERY, current run), the rest unchanged. */
    void outForDelivery(Map<String, Long> runOf);

    /** The runs, in the order of the ids (unknown ids are left out). */
    List<DeliveryRun> runs(List<Long> ids);

    /** The latest open report of each article (articles without one are absent). */
    Map<String, NonDeliveryReport> openReportsOf(Collection<String> articles);

    /** The reports, by id. */
    Map<Long, NonDeliveryReport> reports(Collection<Long> ids);

    /** {@link #decide} with no decision details for many articles: their open reports get {@code status}. */
    void decideAll(Collection<String> articles, String status, String by, Instant at);

    record Instructed(long reportId, String action, String by, Instant at) {
    }

    /** {@link #markInstructed} for many reports. */
    void markInstructedAll(List<Instructed> reports);

    void insertReturns(List<ReturnTrip> trips);

    Map<String, ReturnTrip> findReturns(Collection<String> articles);

    /** {@link #returnDelivered} for many articles, each at its time. */
    void returnsDelivered(Map<String, Instant> deliveredAt);
}
