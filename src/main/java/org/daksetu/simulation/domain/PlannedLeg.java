package org.daksetu.simulation.domain;

/**
 * One leg of a booked parcel's itinerary as the simulator needs it: kind (PICKUP, TRANSMISSION,
 * DISPATCH, DELIVERY), places, the lane if any, planned times in epoch seconds.
 */
public record PlannedLeg(String kind, String from, String to, String lane, long departure, long arrival) {
}
