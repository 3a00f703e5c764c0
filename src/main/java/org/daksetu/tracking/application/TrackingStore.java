package org.daksetu.tracking.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.TrackingState;

/** Where tracking keeps articles, scans, derived states, the feed and the quarantine. */
public interface TrackingStore {

    /** Stores new articles; an article already registered is left as it is. Returns how many were new. */
    int register(List<RegisteredArticle> articles);

    /**
     * Appends the scans in one set-based step: duplicates (by event id) are skipped, scans of
     * unknown articles are left out and reported, item-bagged scans that name a bag make the
     * article a member, and bag scans are applied to every member, past and future. The scans
     * applied are remembered for {@link #publish} in the same transaction.
     */
    Applied apply(List<ParsedScan> scans, String source, Instant receivedAt);

    /**
     * {@code articles} and {@code states}: the affected articles as they now stand and their derived
     * states, when the append already has them (it derives them while the database stores the
     * scans); else null, and the caller reads them with {@link #find}.
     */
    record Applied(int accepted, int duplicates, int appliedToArticles, List<ParsedScan> unknownArticles,
                   Set<ArticleNumber> affected, List<TrackedArticle> articles, List<TrackingState> states) {
    }

    /** The articles with their whole histories (bag scans applied to them included). */
    List<TrackedArticle> find(Collection<ArticleNumber> articles);

    default Optional<TrackedArticle> find(ArticleNumber article) {
        return find(List.of(article)).stream().findFirst();
    }

    /**
     * Saves the derived states and appends to the feed one entry per scan applied by
     * {@link #apply} in this transaction, in commit order, to the shipper of each article.
     */
    void publish(java.util.Map<ArticleNumber, String> shippers, List<TrackingState> states, Instant at);

    List<FeedEntry> feed(String shipperId, long after, int limit);

    /** Every shipper's entries after a cursor, in cursor order (for the Kafka topic). */
    List<FeedEntry> feedAll(long after, int limit);

    /** Keeps scans aside with their reasons; a scan whose event id is already open there is not kept twice. */
    void quarantine(List<QuarantinedScan> scans);

    List<QuarantinedScan> openQuarantine(long after, int limit);

    List<QuarantinedScan> openQuarantine(Collection<Long> ids);

    void resolve(Collection<Long> ids, String resolution, Instant at);

    void updateReasons(long id, List<String> reasons);
}
