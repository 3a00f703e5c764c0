package org.daksetu.network.domain.routing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The operating times the planner assumes around the scheduled lanes (docs/ROUTING.md): when the
 * pickup run leaves a pickup point, how long a hub takes to sort a parcel onto its next bag, when
 * the dispatch to delivery offices leaves, and when the postman's beat starts and ends.
 */
public record RoutingRules(
        LocalTime pickupCutoff,
        LocalTime pickupDeparture,
        int hubProcessingMinutes,
        LocalTime dispatchCutoff,
        LocalTime dispatchDeparture,
        double localSpeedKmh,
        double roadFactor,
        LocalTime beatStart,
        LocalTime deliveredBy,
        double localZoneKm) {

    /** India Standard Time: every time the platform promises is in IST. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    public static final ZoneOffset IST_OFFSET = ZoneOffset.ofHoursMinutes(5, 30);

    public static RoutingRules defaults() {
        return new RoutingRules(LocalTime.of(17, 0), LocalTime.of(18, 0), 120, LocalTime.of(3, 0), LocalTime.of(5, 0),
                35, 1.3, LocalTime.of(10, 0), LocalTime.of(17, 0), 50);
    }

    /** Minutes for a local road journey (pickup run, dispatch) of a great-circle distance, plus half an hour of loading. */
    public int localTransitMinutes(double greatCircleKm) {
        return 30 + (int) Math.ceil(greatCircleKm * roadFactor / localSpeedKmh * 60);
    }
}
