package org.daksetu.network.application;

import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PostOffice;

/** Finds offices by name and place, a page at a time. */
public interface PostOfficeSearch {

    enum NameMatch { PREFIX, SUBSTRING }

    record Criteria(Optional<String> name, NameMatch match, Optional<String> state, Optional<String> district,
                    Optional<OfficeTier> tier, Optional<Integer> pin, int page, int size) {
    }

    record Page(List<PostOffice> items, int page, int size, long totalItems) {
        public long totalPages() {
            return (totalItems + size - 1) / size;
        }
    }

    Page search(Criteria criteria);
}
