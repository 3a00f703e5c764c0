package org.daksetu.capacity.domain;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Where a bag goes: a departure, or none within the departures given (it keeps waiting). */
public record Placement(WaitingBag bag, Optional<Slot> slot) {

    /**
     * Days the bag leaves later than planned, rounded to the nearest day (0 when on time or not
     * placed): the next day's departure is a day lost; a truck half an hour after the planned one
     * keeps the day (docs/CAPACITY.md).
     */
    public int delayDays() {
        return slot.map(s -> (int) Math.max(0, Math.round(ChronoUnit.MINUTES.between(bag.plannedDeparture(), s.departsAt())
                / 1440.0))).orElse(0);
    }

    public boolean overflowed() {
        return slot.isEmpty() || slot.get().departsAt().isAfter(bag.plannedDeparture());
    }
}
