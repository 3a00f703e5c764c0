package org.daksetu.tracking.application;

import java.util.List;
import org.daksetu.tracking.domain.Lifecycle;
import org.daksetu.tracking.domain.ScanEvent;
import org.daksetu.tracking.domain.TrackingState;

/** A registered article with its whole scan history, as stored. */
public record TrackedArticle(RegisteredArticle article, List<ScanEvent> history) {

    public TrackedArticle {
        history = List.copyOf(history);
    }

    public TrackingState state() {
        return Lifecycle.derive(article.registration().article(), article.route(), history);
    }
}
