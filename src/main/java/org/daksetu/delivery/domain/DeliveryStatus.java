package org.daksetu.delivery.domain;

/** Where an article stands in the last mile. */
public enum DeliveryStatus {
    /** At its delivery office, waiting for a run (from {@code nextAttemptOn}). */
    AT_OFFICE,
    /** On a postman's beat. */
    OUT_FOR_DELIVERY,
    /** Held at the office for the addressee to collect. */
    HELD,
    /** Re-addressed to a PIN served by another office, on its way there. */
    REDIRECTED,
    DELIVERED,
    /** On its way back to the shipper's pickup point. */
    RETURNING,
    /** Delivered back to the shipper. */
    RETURNED;

    public boolean closed() {
        return this == DELIVERED || this == RETURNED;
    }
}
