package org.daksetu.tracking.domain;

/** Where an article stands in its life, derived from its scans. */
public enum TrackingStatus {
    /** Registered by booking; the post has not scanned it yet. */
    REGISTERED,
    BOOKED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    /** An attempt failed; the reason says whether the addressee or the post stands in the way. */
    NOT_DELIVERED,
    ON_HOLD,
    DAMAGED,
    REDIRECTED,
    /** On its way back to the shipper (RTO). */
    RETURNING,
    DELIVERED,
    RETURNED_TO_SHIPPER,
    LOST,
    /** The shipper cancelled the booking before India Post picked the parcel up. */
    CANCELLED;

    public boolean terminal() {
        return this == DELIVERED || this == RETURNED_TO_SHIPPER;
    }
}
