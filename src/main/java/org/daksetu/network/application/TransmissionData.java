package org.daksetu.network.application;

import java.util.List;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.OfficeHubAssignment;

/** The transmission network files of a dataset: hubs, lanes, the hub of every PIN, and the holidays. */
public record TransmissionData(List<Hub> hubs, List<Lane> lanes, List<OfficeHubAssignment> assignments,
                               List<BusinessCalendar.Holiday> holidays) {

    public static TransmissionData none() {
        return new TransmissionData(List.of(), List.of(), List.of(), List.of());
    }
}
