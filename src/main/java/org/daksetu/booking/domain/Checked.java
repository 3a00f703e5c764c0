package org.daksetu.booking.domain;

import java.util.List;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.shared.InvalidValueException;

/** The outcome of the booking rules for one shipment: accepted, or rejected with every problem named. */
public sealed interface Checked {

    record Accepted(ShipmentOrder order, PickupPoint pickupPoint, PinProfile destination) implements Checked {
    }

    record Rejected(List<InvalidValueException> problems) implements Checked {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
        }
    }
}
