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
}
