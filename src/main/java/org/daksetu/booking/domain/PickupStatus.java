package org.daksetu.booking.domain;

/**
 * A pickup's life: scheduled by the shipper; manifested when the shipper closes the list of
 * parcels to hand over; handed over when the postal operator confirms it received them; or
 * cancelled by the shipper before that.
 */
public enum PickupStatus {
    SCHEDULED, MANIFESTED, HANDED_OVER, CANCELLED
}
