package org.daksetu.capacity.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One departure a bag can ride: the lane's own scheduled departure, or a truck a partner offered
 * on the lane. Times are India Standard Time wall-clock. {@code room} is what is still free.
 */
public record Slot(String laneId, LocalDateTime departsAt, LocalDateTime cutoff, Optional<Long> offerId, String partner,
                   Room room) {

    public Slot {
        Objects.requireNonNull(laneId, "laneId");
        Objects.requireNonNull(departsAt, "departsAt");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(room, "room");
        if (cutoff.isAfter(departsAt)) {
            throw new IllegalArgumentException("a cut-off is not after its departure: " + cutoff + " > " + departsAt);
        }
    }

    public boolean own() {
        return offerId.isEmpty();
    }

    public boolean takes(WaitingBag bag) {
        return !bag.closedAt().isAfter(cutoff);
    }
}
