package org.daksetu.tracking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.network.domain.routing.TransportMode;

/** A parcel from a Delhi fulfilment centre to a Kochi door, and scans along (and off) its way. */
final class Journeys {

    static final ArticleNumber ARTICLE = ArticleNumber.of("EE", 12345678, "IN");
    static final String PICKUP = "DEL-FC1", DELHI_HUB = "H-DEL", KOCHI_HUB = "H-KOC", KOCHI_OFFICE = "682028";
    static final String DELHI_HUB_OFFICE = "110001", KOCHI_HUB_OFFICE = "682001", PICKUP_OFFICE = "110037";
    static final String MUMBAI_OFFICE = "400001";
    static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, RoutingRules.IST_OFFSET);

    static final Route ROUTE = new Route(new Itinerary(List.of(
            leg(LegKind.PICKUP, PICKUP, DELHI_HUB, 8, 9),
            leg(LegKind.TRANSMISSION, DELHI_HUB, KOCHI_HUB, 13.5, 40),
            leg(LegKind.DISPATCH, KOCHI_HUB, KOCHI_OFFICE, 43, 44),
            leg(LegKind.DELIVERY, KOCHI_OFFICE, "DOOR-682028", 48, 55))),
            LocalDate.of(2026, 11, 25),
            Map.of(DELHI_HUB_OFFICE, DELHI_HUB, KOCHI_HUB_OFFICE, KOCHI_HUB, PICKUP_OFFICE, PICKUP));

    private Journeys() {
    }

    private static Leg leg(LegKind kind, String from, String to, double departHours, double arriveHours) {
        return new Leg(kind, from, to, Optional.empty(), TransportMode.ROAD, MONDAY.plusMinutes((long) (departHours * 60)),
                MONDAY.plusMinutes((long) (arriveHours * 60)));
    }

    static ScanEvent scan(String id, ScanCode code, String place, double hoursAfterMonday) {
        Instant at = MONDAY.plusMinutes((long) (hoursAfterMonday * 60)).toInstant();
        return new ScanEvent(id, ARTICLE, code, place, at, at.plusSeconds(60), Optional.empty(), Optional.empty());
    }

    static ScanEvent notDelivered(String id, String reason, double hoursAfterMonday) {
        Instant at = MONDAY.plusMinutes((long) (hoursAfterMonday * 60)).toInstant();
        return new ScanEvent(id, ARTICLE, ScanCode.N, KOCHI_OFFICE, at, at, Optional.of(NonDeliveryReason.of(reason)),
                Optional.empty());
    }

    /** The whole happy path, on time. */
    static List<ScanEvent> onTime() {
        return List.of(
                scan("e1", ScanCode.IB, PICKUP_OFFICE, 6),
                scan("e2", ScanCode.IG, DELHI_HUB_OFFICE, 10),
                scan("e3", ScanCode.ID, DELHI_HUB_OFFICE, 13.5),
                scan("e4", ScanCode.IR, KOCHI_HUB_OFFICE, 40),
                scan("e5", ScanCode.ID, KOCHI_HUB_OFFICE, 43),
                scan("e6", ScanCode.IR, KOCHI_OFFICE, 44),
                scan("e7", ScanCode.BD, KOCHI_OFFICE, 48),
                scan("e8", ScanCode.D, KOCHI_OFFICE, 52));
    }
}
