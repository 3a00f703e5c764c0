package org.daksetu.simulation.application;

import java.time.LocalDate;
import java.util.List;

/**
 * An extension point: operations that other contexts run on a simulated day, after the day's
 * parcels were booked and handed over and before the day's scans are sent (capacity allocation,
 * last-mile attempts, cash collection and remittance). Beans of this type are called in order.
 */
public interface SimulatedDay {

    /** A parcel booked today: its article number, pickup point, destination PIN, COD amount and itinerary. */
    record BookedParcel(String article, String pickupPoint, int pin, long codPaise, int weightGrams,
                        List<org.daksetu.simulation.domain.PlannedLeg> legs) {
    }

    default void booked(LocalDate day, List<BookedParcel> parcels) {
    }

    default void endOfDay(LocalDate day) {
    }
}
