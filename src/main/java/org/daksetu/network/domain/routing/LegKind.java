package org.daksetu.network.domain.routing;

/** The stages of a parcel's journey, in the order they happen. */
public enum LegKind {
    /** From the shipper's pickup point to its origin hub, on the daily pickup run. */
    PICKUP,
    /** Between hubs, on a scheduled lane (feeder or trunk). */
    TRANSMISSION,
    /** From the destination hub to the delivery office (or Nodal Delivery Centre). */
    DISPATCH,
    /** From the delivery office to the door, on the postman's beat. */
    DELIVERY
}
