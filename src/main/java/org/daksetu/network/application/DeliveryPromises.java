package org.daksetu.network.application;

import java.time.OffsetDateTime;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.shared.Pin;

/**
 * The delivery promise: for a pickup point, a destination PIN and a handover time, the EDD and
 * the itinerary. Served from an in-memory matrix rebuilt whenever the network changes.
 */
public interface DeliveryPromises {

    /**
     * @throws org.daksetu.shared.NotFoundException for an unknown pickup point or a PIN without offices
     * @throws org.daksetu.shared.InvalidValueException for a PIN that is not serviceable, or a
     *         handover time too far in the past or the future
     */
    DeliveryPromise promise(String pickupPointCode, Pin destination, OffsetDateTime handoverAt);
}
