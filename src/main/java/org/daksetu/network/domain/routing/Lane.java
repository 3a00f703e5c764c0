package org.daksetu.network.domain.routing;

import java.time.Duration;

/**
 * A scheduled connection between two hubs: its mode, road (or air) distance, transit time,
 * departures and the capacity of each departure.
 */
public record Lane(String id, String from, String to, TransportMode mode, double distanceKm, Duration transit,
                   DepartureSchedule schedule, int capacityBags, int capacityKg, boolean active) {

    public Lane {
        if (from.equals(to)) {
            throw new IllegalArgumentException("lane " + id + " starts and ends at " + from);
        }
        if (transit.isNegative() || transit.isZero()) {
            throw new IllegalArgumentException("lane " + id + " needs a positive transit time");
        }
        if (capacityBags < 0 || capacityKg < 0) {
            throw new IllegalArgumentException("lane " + id + " has a negative capacity");
        }
    }

    public static String idOf(String from, String to, TransportMode mode) {
        return from + "~" + to + "~" + mode;
    }
}
