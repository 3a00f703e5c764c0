package org.daksetu.booking.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.daksetu.booking.domain.Pickup;
import org.daksetu.booking.domain.PickupStatus;

public interface PickupStore {

    /** @return the new pickup, or empty when the shipper has one at the point on that date already */
    Optional<Pickup> insert(String shipper, String pickupPoint, LocalDate date, OffsetDateTime at);

    Optional<Pickup> find(Scope scope, long id);

    /** The pickup, locked until the end of the transaction. */
    Optional<Pickup> lock(long id);

    Optional<Pickup> active(String shipper, String pickupPoint, LocalDate date);

    List<Pickup> list(Scope scope, Optional<LocalDate> date, Optional<String> pickupPoint, Optional<PickupStatus> status);

    void manifested(long id, OffsetDateTime at);

    void handedOver(long id, OffsetDateTime at, String confirmedBy, List<String> missing);

    void cancelled(long id);

    List<String> missing(long id);
}
