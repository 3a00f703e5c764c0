package org.daksetu.booking.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** India Post works on Indian Standard Time: booking dates, pickup dates and tariff dates are IST dates. */
public final class IndianTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private IndianTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZONE));
    }
}
