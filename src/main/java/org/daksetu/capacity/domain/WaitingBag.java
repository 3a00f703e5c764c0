package org.daksetu.capacity.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A bag closed at a hub, waiting for a departure on its lane. Its priority is the earliest
 * promised delivery date of the parcels in it: that parcel's promise is the first to break if
 * the bag waits. {@code plannedDeparture} is the lane departure whose cut-off the bag made.
 */
public record WaitingBag(String bag, String laneId, LocalDateTime closedAt, int kg, LocalDate earliestEdd,
                         LocalDateTime plannedDeparture) {

    /** Most urgent first: earliest EDD, then closed first, then by bag id so that every tie is broken. */
    public static final Comparator<WaitingBag> PRIORITY = Comparator.comparing(WaitingBag::earliestEdd)
            .thenComparing(WaitingBag::closedAt).thenComparing(WaitingBag::bag);

    public WaitingBag {
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(earliestEdd, "earliestEdd");
        Objects.requireNonNull(plannedDeparture, "plannedDeparture");
        if (kg <= 0) {
            throw new IllegalArgumentException("bag " + bag + " weighs more than nothing, not " + kg + " kg");
        }
    }
}
