package org.daksetu.network.domain.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.GeoMatch;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/**
 * A three-hub network to state routing rules against: a Delhi level-1 hub where the pickup point
 * is, a Mumbai level-1 hub a night's flight away, and a level-2 hub in rural Maharashtra fed from
 * Mumbai six days a week.
 */
final class TinyNetwork {

    static final GeoPoint DELHI = new GeoPoint(28.63, 77.22), MUMBAI = new GeoPoint(18.94, 72.83),
            JALNA = new GeoPoint(19.84, 75.88);
    static final int DELHI_PIN = 110001, MUMBAI_PIN = 400001, JALNA_TOWN_PIN = 431203, JALNA_VILLAGES_PIN = 431213;
    static final String PICKUP = "DEL-FC1";

    final List<PostOffice> offices = new ArrayList<>();
    final List<Hub> hubs = new ArrayList<>();
    List<Lane> lanes = new ArrayList<>();
    final List<OfficeHubAssignment> assignments = new ArrayList<>();
    List<BusinessCalendar.Holiday> holidays = new ArrayList<>();
    List<BusinessCalendar.Closure> closures = new ArrayList<>();

    TinyNetwork() {
        office(1100010001L, OfficeTier.HO, DELHI_PIN, DELHI, "New Delhi");
        office(4000010001L, OfficeTier.HO, MUMBAI_PIN, MUMBAI, "Mumbai");
        office(4312030001L, OfficeTier.SO, JALNA_TOWN_PIN, JALNA, "Jalna");
        office(4312130001L, OfficeTier.SO, JALNA_VILLAGES_PIN, new GeoPoint(19.95, 76.10), "Jalna");
        branch(4312130002L, JALNA_VILLAGES_PIN, 4312130001L);
        branch(4312130003L, JALNA_VILLAGES_PIN, 4312130001L);
        hubs.add(new Hub("H1-110001", "Delhi", HubLevel.L1, 1100010001L, "New Delhi", "Delhi", "Delhi", DELHI, Optional.empty()));
        hubs.add(new Hub("H1-400001", "Mumbai", HubLevel.L1, 4000010001L, "Mumbai", "Maharashtra", "Maharashtra", MUMBAI, Optional.empty()));
        hubs.add(new Hub("H2-431203", "Jalna", HubLevel.L2, 4312030001L, "Jalna", "Maharashtra", "Maharashtra", JALNA, Optional.of("H1-400001")));
        lanes.add(lane("H1-110001", "H1-400001", TransportMode.AIR, EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 0), LocalTime.of(23, 0), 300, true));
        lanes.add(lane("H1-400001", "H2-431203", TransportMode.ROAD, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                LocalTime.of(6, 0), LocalTime.of(5, 0), 480, false));
        assignments.add(new OfficeHubAssignment(DELHI_PIN, 1100010001L, "H1-110001", Optional.empty()));
        assignments.add(new OfficeHubAssignment(MUMBAI_PIN, 4000010001L, "H1-400001", Optional.empty()));
        assignments.add(new OfficeHubAssignment(JALNA_TOWN_PIN, 4312030001L, "H2-431203", Optional.empty()));
        assignments.add(new OfficeHubAssignment(JALNA_VILLAGES_PIN, 4312130001L, "H2-431203", Optional.empty()));
    }

    private void office(long id, OfficeTier tier, int pin, GeoPoint at, String district) {
        offices.add(new PostOffice(id, "Office " + id, tier, new Pin(pin), id, "", district, "State", "", "", "Circle",
                Optional.of(at), GeoMatch.PLACE));
    }

    private void branch(long id, int pin, long deliveryOffice) {
        offices.add(new PostOffice(id, "Village " + id, OfficeTier.BO, new Pin(pin), deliveryOffice, "", "Jalna", "State", "", "",
                "Circle", Optional.of(new GeoPoint(19.9, 76.0)), GeoMatch.PLACE));
    }

    static Lane lane(String from, String to, TransportMode mode, EnumSet<DayOfWeek> days, LocalTime departure, LocalTime cutoff,
                     int transitMinutes, boolean runsOnHolidays) {
        return new Lane(Lane.idOf(from, to, mode), from, to, mode, 1000, Duration.ofMinutes(transitMinutes),
                new DepartureSchedule(days, departure, cutoff, runsOnHolidays), 100, 2000, true);
    }

    TinyNetwork holiday(LocalDate day) {
        holidays = new ArrayList<>(holidays);
        holidays.add(new BusinessCalendar.Holiday(day, "Test holiday"));
        return this;
    }

    TinyNetwork closed(long officeId, LocalDate from, LocalDate to) {
        closures = new ArrayList<>(closures);
        closures.add(new BusinessCalendar.Closure(officeId, from, to, "flood"));
        return this;
    }

    TransmissionNetwork transmission() {
        return new TransmissionNetwork(hubs, lanes, assignments);
    }

    PromiseMatrix matrix() {
        return matrix(transmission());
    }

    PromiseMatrix matrix(TransmissionNetwork network) {
        PickupPoint pickup = new PickupPoint(PICKUP, "Delhi FC", "Delhi", "Delhi", new Pin(DELHI_PIN), DELHI, 1100010001L, 0,
                LocalDate.of(2025, 1, 1), Optional.empty(), 0);
        return new PromiseMatrix("test", new NetworkSnapshot("test", offices, List.of()), network, List.of(pickup),
                new BusinessCalendar(holidays, closures), RoutingRules.defaults(), LocalDateTime.of(2026, 11, 23, 12, 0));
    }

    /** A time in IST. */
    static OffsetDateTime ist(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, RoutingRules.IST_OFFSET);
    }
}
