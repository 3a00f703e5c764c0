package org.daksetu.network.infrastructure.dataset;

import java.util.Comparator;

/** Where an office sits in India Post's administration: circle → region → division. */
record PostalHierarchy(String division, String region, String circle) {

    static final PostalHierarchy UNKNOWN = new PostalHierarchy("", "", "");

    static final Comparator<PostalHierarchy> ORDER = Comparator.comparing(PostalHierarchy::circle)
            .thenComparing(PostalHierarchy::region)
            .thenComparing(PostalHierarchy::division);
}
