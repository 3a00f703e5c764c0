package org.daksetu.booking.application;

import java.util.Set;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.platform.security.Parties;
import org.daksetu.platform.security.PartyKind;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The pickup points each shipper hands over at. Pickup points belong to the network; which of
 * them a shipper may book from is booking's business: one shipper must not book parcels out of
 * another's warehouse.
 */
@Service
public class ShipperPickupPoints {

    private final ShipperPickupPointStore store;
    private final PickupPoints pickupPoints;
    private final Parties parties;

    public ShipperPickupPoints(ShipperPickupPointStore store, PickupPoints pickupPoints, Parties parties) {
        this.store = store;
        this.pickupPoints = pickupPoints;
        this.parties = parties;
    }

    public Set<String> of(String shipper) {
        requireShipper(shipper);
        return store.of(shipper);
    }

    /**
     * The pickup points of the shipper a booking is for. The caller's key is a shipper's (only a
     * shipper's key carries the SHIPPER role), so the party is not looked up again.
     */
    public Set<String> usedBy(String shipper) {
        return store.of(shipper);
    }

    public Set<String> link(String shipper, String pickupPoint) {
        requireShipper(shipper);
        store.link(shipper, pickupPoints.get(pickupPoint).code());
        return store.of(shipper);
    }

    public Set<String> unlink(String shipper, String pickupPoint) {
        requireShipper(shipper);
        if (!store.unlink(shipper, pickupPoint)) {
            throw new NotFoundException("pickupPoint", pickupPoint, "shipper " + shipper + " does not use pickup point " + pickupPoint);
        }
        return store.of(shipper);
    }

    private void requireShipper(String shipper) {
        if (parties.get(shipper).kind() != PartyKind.SHIPPER) {
            throw new InvalidValueException("shipper", shipper, "is the postal operator, not a shipper");
        }
    }
}
