package org.daksetu.booking.application;

import java.util.List;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.shared.InvalidValueException;

/** The answer for one shipment of a booking request, at its index in the request. */
public sealed interface BookingResult {

    int index();

    /** Booked now, or earlier with the same order reference and details (replayed). */
    record Booked(int index, Shipment shipment, boolean replayed) implements BookingResult {
    }

    /**
     * Not booked; nothing of it was stored. A conflict is a clash with what is stored (the order
     * reference or the article number is taken), not a bad value.
     */
    record Refused(int index, String orderReference, List<InvalidValueException> problems, boolean conflict)
            implements BookingResult {
        public Refused(int index, String orderReference, List<InvalidValueException> problems) {
            this(index, orderReference, problems, false);
        }
    }
}
