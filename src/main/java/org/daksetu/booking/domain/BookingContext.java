package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.shared.Pin;

/** What the booking rules need to know of the world: the network, the shipper's pickup points and the date. */
public interface BookingContext {

    Optional<PinProfile> destination(Pin pin);

    Optional<PickupPoint> pickupPoint(String code);

    /** Whether the booking shipper hands over at this pickup point. */
    boolean shipperUses(String pickupPointCode);

    LocalDate today();
}
