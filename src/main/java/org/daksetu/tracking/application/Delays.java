package org.daksetu.tracking.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revised delivery dates that do not come from a scan: when a bag cannot ride the departure its
 * parcels were planned on (capacity overflow), each parcel's EDD moves and its shipper must hear
 * of it. A revision is recorded, the article's revised EDD set, and a "delayed" change (code DL)
 * written to the shipper's feed, all in the caller's transaction. Later scans derive the revised
 * EDD again from the history (docs/TRACKING.md), which then accounts for the lateness itself.
 */
@Service
public class Delays {

    /** An article's shipper and the EDD it is held to now (the revised one when there is one). */
    public record Current(ArticleNumber article, String shipperId, LocalDate edd) {
    }

    /** A new delivery date for an article, why, and where it was decided (a hub code). */
    public record Revision(String eventId, ArticleNumber article, LocalDate revisedEdd, String place, String cause,
                           OffsetDateTime decidedAt) {
        public Revision {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(revisedEdd, "revisedEdd");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }

    /** Parcels planned on a lane's departures of one day (IST), from the itineraries of booked parcels. */
    public record LaneLoad(String laneId, LocalDate day, long parcels) {
    }

    /** A revision as recorded. */
    public record Recorded(String eventId, String article, String shipperId, String place, LocalDate previousEdd,
                           LocalDate revisedEdd, String cause, Instant recordedAt) {
    }

    private final DelayStore store;

    public Delays(DelayStore store) {
        this.store = store;
    }

    /** The latest date a capacity delay moved each article to, for those of the articles that were delayed. */
    @Transactional(readOnly = true)
    public Map<ArticleNumber, LocalDate> delayedTo(Collection<ArticleNumber> articles) {
        return store.delayedTo(articles);
    }

    @Transactional(readOnly = true)
    public Map<ArticleNumber, Current> current(Collection<ArticleNumber> articles) {
        return store.current(articles);
    }

    /** Records the revisions that move a date later; returns how many did. Joins the caller's transaction. */
    @Transactional
    public int record(List<Revision> revisions, Instant at) {
        return revisions.isEmpty() ? 0 : store.record(revisions, at);
    }

    @Transactional(readOnly = true)
    public List<LaneLoad> plannedLaneLoads(LocalDate from, LocalDate to) {
        return store.plannedLaneLoads(from, to);
    }

    @Transactional(readOnly = true)
    public List<Recorded> revisions(ArticleNumber article) {
        return store.revisions(article);
    }
}
