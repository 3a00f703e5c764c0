package org.daksetu.capacity.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.capacity.domain.Room;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The scheduled departures of a lane, from the live network: on its days, skipping holidays when
 * the lane does not run on them, each with its cut-off and its capacity (bags and kg per departure,
 * from data/network/lanes.csv or a planner's change).
 */
@Component
public class LaneDepartures {

    /** How far ahead a bag may be placed: a week of departures. */
    public static final int HORIZON_DAYS = 7;

    private final TransmissionPlanning planning;

    public LaneDepartures(TransmissionPlanning planning) {
        this.planning = planning;
    }

    public record Departure(Lane lane, LocalDateTime departsAt, LocalDateTime cutoff, Room capacity) {
    }

    public Lane lane(String id) {
        return planning.network().lane(id).orElseThrow(() -> new NotFoundException("lane", id, "no lane has id " + id));
    }

    public Optional<Lane> find(String id) {
        return planning.network().lane(id);
    }

    /** The active lanes from one hub to another. */
    public List<Lane> between(String from, String to) {
        return planning.network().lanes().stream().filter(l -> l.active() && l.from().equals(from) && l.to().equals(to)).toList();
    }

    public List<Lane> lanes() {
        return planning.network().lanes();
    }

    public BusinessCalendar calendar() {
        return planning.calendar();
    }

    /** Departures of a lane leaving in [from, to). */
    public List<Departure> between(Lane lane, LocalDateTime from, LocalDateTime to) {
        List<Departure> out = new ArrayList<>();
        BusinessCalendar calendar = planning.calendar();
        int lead = lane.schedule().cutoffLeadMinutes();
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            if (!runsOn(lane, d, calendar)) {
                continue;
            }
            LocalDateTime departs = d.atTime(lane.schedule().departure());
            if (!departs.isBefore(from) && departs.isBefore(to)) {
                out.add(new Departure(lane, departs, departs.minusMinutes(lead), new Room(lane.capacityBags(), lane.capacityKg())));
            }
        }
        return out;
    }

    /** The first departure whose cut-off a bag closed at {@code closedAt} makes, within three weeks. */
    public Optional<Departure> firstAfter(Lane lane, LocalDateTime closedAt) {
        return between(lane, closedAt.minusDays(1), closedAt.plusDays(21)).stream()
                .filter(d -> !closedAt.isAfter(d.cutoff())).findFirst();
    }

    public static boolean runsOn(Lane lane, LocalDate day, BusinessCalendar calendar) {
        return lane.active() && lane.schedule().days().contains(day.getDayOfWeek())
                && (lane.schedule().runsOnHolidays() || !calendar.isHoliday(day));
    }
}
