package org.daksetu.network.application;

import java.time.LocalDate;
import java.util.List;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.TransmissionNetwork;

/** The stored transmission network, with planners' lane overrides applied, and the calendar. */
public interface TransmissionStore {

    TransmissionNetwork load();

    BusinessCalendar calendar();

    void saveLaneOverride(Lane lane, String changedBy);

    boolean removeLaneOverride(String laneId);

    BusinessCalendar.Closure addClosure(long officeId, LocalDate from, LocalDate to, String reason);

    boolean removeClosure(long id);

    List<ClosureRecord> closures();

    record ClosureRecord(long id, BusinessCalendar.Closure closure) {
    }
}
