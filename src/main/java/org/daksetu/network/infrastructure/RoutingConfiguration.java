package org.daksetu.network.infrastructure;

import java.time.LocalTime;
import org.daksetu.network.domain.routing.RoutingRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routing rules, each overridable as a {@code daksetu.routing.*} property (docs/ROUTING.md). */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    RoutingRules routingRules(
            @Value("${daksetu.routing.pickup-cutoff:17:00}") LocalTime pickupCutoff,
            @Value("${daksetu.routing.pickup-departure:18:00}") LocalTime pickupDeparture,
            @Value("${daksetu.routing.hub-processing-minutes:120}") int hubProcessingMinutes,
            @Value("${daksetu.routing.dispatch-cutoff:03:00}") LocalTime dispatchCutoff,
            @Value("${daksetu.routing.dispatch-departure:05:00}") LocalTime dispatchDeparture,
            @Value("${daksetu.routing.local-speed-kmh:35}") double localSpeedKmh,
            @Value("${daksetu.routing.road-factor:1.3}") double roadFactor,
            @Value("${daksetu.routing.beat-start:10:00}") LocalTime beatStart,
            @Value("${daksetu.routing.delivered-by:17:00}") LocalTime deliveredBy,
            @Value("${daksetu.routing.local-zone-km:50}") double localZoneKm) {
        return new RoutingRules(pickupCutoff, pickupDeparture, hubProcessingMinutes, dispatchCutoff, dispatchDeparture,
                localSpeedKmh, roadFactor, beatStart, deliveredBy, localZoneKm);
    }
}
