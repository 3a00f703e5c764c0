package org.daksetu.capacity.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.daksetu.network.domain.routing.RoutingRules;

/** Capacity reasons in India Standard Time wall-clock; the API speaks offsets. */
public final class Ist {

    private Ist() {
    }

    public static LocalDateTime of(OffsetDateTime t) {
        return t.atZoneSameInstant(RoutingRules.IST_OFFSET).toLocalDateTime();
    }

    public static OffsetDateTime at(LocalDateTime t) {
        return t.atOffset(RoutingRules.IST_OFFSET);
    }

    public static LocalDateTime now(Clock clock) {
        return of(OffsetDateTime.now(clock));
    }
}
