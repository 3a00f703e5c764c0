package org.daksetu.booking.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.daksetu.booking.domain.ArticleSeries;
import org.daksetu.booking.domain.SerialRange;
import org.daksetu.booking.domain.Service;

/** Where the series stand and every block ever handed out; allocation is atomic across nodes. */
public interface ArticleNumberStore {

    /** Adds configured series the store does not know yet and updates the order and range of the others. */
    void sync(List<ArticleSeries> series);

    /**
     * Hands out {@code count} serials of a service in one transaction, records the blocks (for a
     * reservation when given) and moves the series on.
     *
     * @throws IllegalStateException when no series of the service has enough serials left
     */
    List<SerialRange> allocate(Service service, int count, Instant now, Instant reusableBefore);

    Reservation reserve(String shipper, Service service, int count, Instant now, Instant expiresAt, Instant reusableBefore);

    List<Reservation> reservations(String shipper, int limit);

    Optional<Reservation> reservation(String shipper, long id);

    /** The ranges the shipper reserved that are still valid at {@code now}. */
    List<Reservation> validReservations(String shipper, Instant now);
}
