package org.daksetu.review.application;

import java.util.List;
import java.util.Optional;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Quarter;

/**
 * An extension point: a section of the review whose figures come from a context's own reporting
 * views (COD, capacity). Each section names the groups it covers; a group nobody covers is named
 * in the review's notes instead of being left silently empty.
 */
public interface ReviewSection {

    record Part(List<Figure> figures, List<ActionItem> actions, List<String> notes) {
    }

    boolean covers(String group);

    Part part(Quarter quarter, Optional<String> shipper);
}
