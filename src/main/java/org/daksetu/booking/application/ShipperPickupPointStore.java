package org.daksetu.booking.application;

import java.util.Set;

public interface ShipperPickupPointStore {

    Set<String> of(String shipper);

    void link(String shipper, String pickupPoint);

    boolean unlink(String shipper, String pickupPoint);
}
