package org.daksetu.simulation.domain;

/**
 * A scan the simulated India Post staff will make: its number within the parcel's journey (for a
 * stable event id), India Post's code, the place (an itinerary place code), when (epoch seconds)
 * and, for a failed attempt, the reason.
 */
public record SimScan(int seq, String code, String place, long at, String reason) {
}
