package org.daksetu.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.daksetu.delivery.domain.DeliveryPolicy;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/** What the last-mile services share: the clock, the business calendar, and the shippers' policies. */
@Component
public class LastMileSupport {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** Field devices' clocks drift; an event more than this ahead of now is refused (tracking would quarantine it). */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(12);

    final DeliveryStore store;
    final TransmissionPlanning network;
    final Clock clock;

    public LastMileSupport(DeliveryStore store, TransmissionPlanning network, Clock clock) {
        this.store = store;
        this.network = network;
        this.clock = clock;
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, IST);
    }

    /** The caller's time, or now; refused when it lies too far in the future. */
    Instant at(String field, Instant given) {
        Instant now = clock.instant();
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InvalidValueException(field, given.toString(), "is more than 12 hours ahead of now (" + now + ")");
        }
        return given;
    }

    Predicate<LocalDate> openDays(long officeId) {
        var calendar = network.calendar();
        return d -> calendar.isOfficeOpen(officeId, d);
    }

    DeliveryPolicy policy(String shipper) {
        return store.policy(shipper).orElse(DeliveryPolicy.DEFAULT);
    }
}
