package org.daksetu.booking.domain;

/**
 * Where a shipment stands as far as booking knows: booked (waiting for its pickup), picked up
 * (the postal operator confirmed the handover; from here tracking takes over), or cancelled by
 * the shipper before pickup.
 */
public enum ShipmentStatus {
    BOOKED, PICKED_UP, CANCELLED
}
