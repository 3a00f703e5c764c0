package org.daksetu.network.application;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.DepartureSchedule;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.TransmissionNetwork;
import org.daksetu.network.domain.routing.TransportMode;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;

/**
 * A network planner's changes: lanes changed or added (kept as overrides over the data files),
 * office closures in the calendar. Every change re-plans the promise matrix at once.
 */
@Service
public class TransmissionPlanning {

    private final TransmissionStore store;
    private final Promises promises;
    private final NetworkDirectory network;

    public TransmissionPlanning(TransmissionStore store, Promises promises, NetworkDirectory network) {
        this.store = store;
        this.promises = promises;
        this.network = network;
    }

    /** What a planner sends for a lane; absent fields keep the lane's current value. */
    public record LaneDraft(String from, String to, String mode, Double distanceKm, Integer transitMinutes, String days,
                            String departure, String cutoff, Boolean runsOnHolidays, Integer capacityBags,
                            Integer capacityKg, Boolean active) {
    }

    public TransmissionNetwork network() {
        return promises.matrix().network();
    }

    public Hub hub(String code) {
        return network().hub(code).orElseThrow(() -> new NotFoundException("code", code, "no hub has code " + code));
    }

    public Lane lane(String id) {
        return network().lane(id).orElseThrow(() -> new NotFoundException("id", id, "no lane has id " + id));
    }

    /** Changes a lane, or adds one when the id is new (then from, to and mode are required and must match the id). */
    public Lane putLane(String id, LaneDraft d, String changedBy) {
        Optional<Lane> current = network().lane(id);
        Violations v = new Violations();
        String from = pick(d.from(), current.map(Lane::from));
        String to = pick(d.to(), current.map(Lane::to));
        TransportMode mode = parse(v, "mode", pick(d.mode(), current.map(l -> l.mode().name())),
                s -> TransportMode.valueOf(s.toUpperCase(Locale.ROOT)), "ROAD, RAIL or AIR");
        if (from == null || network().hub(from).isEmpty()) {
            v.add("from", from, "must name an existing hub");
        }
        if (to == null || network().hub(to).isEmpty()) {
            v.add("to", to, "must name an existing hub");
        }
        if (current.isPresent() && (!current.get().from().equals(from) || !current.get().to().equals(to)
                || current.get().mode() != mode)) {
            v.add("id", id, "a lane's ends and mode are part of its id; add a new lane instead");
        }
        if (current.isEmpty() && from != null && to != null && mode != null && !Lane.idOf(from, to, mode).equals(id)) {
            v.add("id", id, "a new lane's id is from~to~mode: " + Lane.idOf(from, to, mode));
        }
        if (mode == TransportMode.BEAT) {
            v.add("mode", d.mode(), "ROAD, RAIL or AIR");
        }
        Double km = d.distanceKm() != null ? d.distanceKm() : current.map(Lane::distanceKm).orElse(null);
        if (km == null || km <= 0 || km > 5000) {
            v.add("distanceKm", km, "between 0 and 5000 km");
        }
        Integer minutes = d.transitMinutes() != null ? d.transitMinutes() : current.map(l -> (int) l.transit().toMinutes()).orElse(null);
        if (minutes == null || minutes <= 0 || minutes > 7 * 24 * 60) {
            v.add("transitMinutes", minutes, "between 1 minute and 7 days");
        }
        var days = parse(v, "days", pick(d.days(), current.map(l -> l.schedule().daysText())), DepartureSchedule::parseDays,
                "DAILY, a range like MON-SAT or a list like MON,WED,FRI");
        LocalTime departure = parse(v, "departure", pick(d.departure(), current.map(l -> l.schedule().departure().toString())),
                LocalTime::parse, "a time like 22:00");
        LocalTime cutoff = parse(v, "cutoff", pick(d.cutoff(), current.map(l -> l.schedule().cutoff().toString())),
                LocalTime::parse, "a time like 21:00");
        boolean holidays = d.runsOnHolidays() != null ? d.runsOnHolidays() : current.map(l -> l.schedule().runsOnHolidays()).orElse(false);
        Integer bags = d.capacityBags() != null ? d.capacityBags() : current.map(Lane::capacityBags).orElse(null);
        Integer kg = d.capacityKg() != null ? d.capacityKg() : current.map(Lane::capacityKg).orElse(null);
        if (bags == null || bags < 0) {
            v.add("capacityBags", bags, "a whole number of bags, 0 or more");
        }
        if (kg == null || kg < 0) {
            v.add("capacityKg", kg, "a whole number of kilograms, 0 or more");
        }
        boolean active = d.active() != null ? d.active() : current.map(Lane::active).orElse(true);
        v.throwIfAny();
        Lane lane = new Lane(id, from, to, mode, km, Duration.ofMinutes(minutes),
                new DepartureSchedule(days, departure, cutoff, holidays), bags, kg, active);
        store.saveLaneOverride(lane, changedBy);
        promises.rebuild();
        return lane(id);
    }

    /** Drops a planner's change: the lane is again as the data files have it (or gone, if the planner added it). */
    public void revertLane(String id) {
        if (!store.removeLaneOverride(id)) {
            throw new NotFoundException("id", id, "lane " + id + " has no planner's change to revert");
        }
        promises.rebuild();
    }

    public BusinessCalendar calendar() {
        return promises.matrix().calendar();
    }

    public List<TransmissionStore.ClosureRecord> closures() {
        return store.closures();
    }

    public BusinessCalendar.Closure closeOffice(Long officeId, LocalDate from, LocalDate to, String reason) {
        Violations v = new Violations();
        if (officeId == null || network.snapshot().office(officeId).isEmpty()) {
            v.add("officeId", officeId, "must name an existing office");
        }
        if (from == null) {
            v.add("from", null, "is required");
        }
        if (to == null) {
            v.add("to", null, "is required");
        }
        if (from != null && to != null && (to.isBefore(from) || from.plusDays(366).isBefore(to))) {
            v.add("to", to, "must be on or after from and within a year of it");
        }
        if (reason == null || reason.isBlank()) {
            v.add("reason", reason, "is required");
        }
        v.throwIfAny();
        BusinessCalendar.Closure closure = store.addClosure(officeId, from, to, reason.trim());
        promises.rebuild();
        return closure;
    }

    public void reopen(long closureId) {
        if (!store.removeClosure(closureId)) {
            throw new NotFoundException("id", Long.toString(closureId), "no closure has id " + closureId);
        }
        promises.rebuild();
    }

    private static String pick(String given, Optional<String> current) {
        return given != null ? given.trim() : current.orElse(null);
    }

    private static <T> T parse(Violations v, String field, String text, java.util.function.Function<String, T> parser, String rule) {
        if (text == null) {
            v.add(field, null, "is required: " + rule);
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            v.add(field, text, "must be " + rule);
            return null;
        }
    }
}
