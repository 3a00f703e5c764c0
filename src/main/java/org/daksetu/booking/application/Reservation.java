package org.daksetu.booking.application;

import java.time.Instant;
import java.util.List;
import org.daksetu.booking.domain.SerialRange;
import org.daksetu.booking.domain.Service;

/** Numbers a shipper reserved to print on its own labels, valid until they expire. */
public record Reservation(long id, String shipper, Service service, int count, Instant createdAt, Instant expiresAt,
                          List<SerialRange> ranges) {
}
