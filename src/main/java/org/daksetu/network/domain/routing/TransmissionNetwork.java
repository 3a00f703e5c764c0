package org.daksetu.network.domain.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.shared.GeoPoint;

/** The hubs, the lanes between them and the hub of every delivery office: the planner's whole map. */
public final class TransmissionNetwork {

    private final Map<String, Hub> hubs = new HashMap<>();
    private final List<Lane> lanes;
    private final Map<Integer, OfficeHubAssignment> assignments = new HashMap<>();

    public TransmissionNetwork(List<Hub> hubs, List<Lane> lanes, List<OfficeHubAssignment> assignments) {
        hubs.forEach(h -> this.hubs.put(h.code(), h));
        for (Lane lane : lanes) {
            if (!this.hubs.containsKey(lane.from()) || !this.hubs.containsKey(lane.to())) {
                throw new IllegalArgumentException("lane " + lane.id() + " names a hub that does not exist");
            }
        }
        this.lanes = List.copyOf(lanes);
        for (OfficeHubAssignment a : assignments) {
            if (!this.hubs.containsKey(a.hubCode()) || a.ndcCode().map(n -> !this.hubs.containsKey(n)).orElse(false)) {
                throw new IllegalArgumentException("PIN " + a.pin() + " is assigned to a hub that does not exist");
            }
            this.assignments.put(a.pin(), a);
        }
    }

    public static TransmissionNetwork empty() {
        return new TransmissionNetwork(List.of(), List.of(), List.of());
    }

    public Optional<Hub> hub(String code) {
        return Optional.ofNullable(hubs.get(code));
    }

    public List<Hub> hubs() {
        return hubs.values().stream().sorted(Comparator.comparing(Hub::level).thenComparing(Hub::code)).toList();
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public Optional<Lane> lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<OfficeHubAssignment> assignment(int pin) {
        return Optional.ofNullable(assignments.get(pin));
    }

    public int assignmentCount() {
        return assignments.size();
    }

    /** The sorting hub nearest to a place (level 1 or 2): where a pickup point's parcels enter the network. */
    public Optional<Hub> nearestSortingHub(GeoPoint place) {
        return hubs.values().stream().filter(h -> h.level() != HubLevel.NDC)
                .min(Comparator.comparingDouble((Hub h) -> h.location().distanceKm(place)).thenComparing(Hub::code));
    }

    /** The same network with one lane replaced (by id). */
    public TransmissionNetwork withLane(Lane changed) {
        List<Lane> copy = new ArrayList<>(lanes);
        copy.replaceAll(l -> l.id().equals(changed.id()) ? changed : l);
        return new TransmissionNetwork(new ArrayList<>(hubs.values()), copy, new ArrayList<>(assignments.values()));
    }

    /** The same network with a lane added, or replaced when its id exists: what-if planning works on such copies. */
    public TransmissionNetwork withLaneAdded(Lane lane) {
        List<Lane> copy = new ArrayList<>(lanes);
        copy.removeIf(l -> l.id().equals(lane.id()));
        copy.add(lane);
        return new TransmissionNetwork(new ArrayList<>(hubs.values()), copy, new ArrayList<>(assignments.values()));
    }
}
