package org.daksetu.booking.application;

import java.time.Instant;
import java.util.List;

public interface TariffStore {

    record StoredSheet(String id, String sheet, String source, Instant loadedAt) {
    }

    List<StoredSheet> all();

    /** @return false when a version with this id or effective date exists already */
    boolean insert(String id, java.time.LocalDate effectiveFrom, String description, String sheet, String source);

    /** A cheap fingerprint of the stored versions, to notice another node's additions. */
    String fingerprint();
}
