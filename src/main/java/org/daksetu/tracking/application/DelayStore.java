package org.daksetu.tracking.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.daksetu.tracking.domain.ArticleNumber;

/** Where {@link Delays} keeps revised delivery dates; writes the feed rows in the caller's transaction. */
public interface DelayStore {

    /** The shipper and current EDD (the revised one when there is one) of each registered article named. */
    Map<ArticleNumber, Delays.Current> current(Collection<ArticleNumber> articles);

    /**
     * Records the revisions whose date is later than the article's current one, sets the article's
     * revised EDD and appends a DL entry to its shipper's feed. Returns how many were recorded.
     */
    int record(List<Delays.Revision> revisions, Instant at);

    /** Planned transmission legs of the articles not yet delivered, counted per lane and departure day (IST). */
    List<Delays.LaneLoad> plannedLaneLoads(LocalDate from, LocalDate to);

    /** The latest date a revision moved each article to, for the articles named that have one. */
    Map<ArticleNumber, LocalDate> delayedTo(Collection<ArticleNumber> articles);

    /** The revisions of one article, oldest first, with its shipper; empty when it has none or is unknown. */
    List<Delays.Recorded> revisions(ArticleNumber article);
}
