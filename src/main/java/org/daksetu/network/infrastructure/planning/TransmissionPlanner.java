package org.daksetu.network.infrastructure.planning;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.routing.DepartureSchedule;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.HubLevel;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.OfficeHubAssignment;
import org.daksetu.network.domain.routing.TransportMode;
import org.daksetu.shared.GeoPoint;

/**
 * Derives a plausible India Post transmission network from the office directory, by the method
 * of docs/ROUTING.md: level-1 hubs in the cities with most urban PINs (at least one per circle),
 * level-2 hubs in the largest sorting districts away from them, Nodal Delivery Centres in the
 * hub cities, every PIN tied to a hub, and lanes between the hubs. Deterministic: the same
 * directory gives the same plan. The output is data a network planner edits afterwards.
 */
public final class TransmissionPlanner {

    /** The counts published by the Department of Posts (PIB, Feb 2025). */
    public static final int LEVEL_1 = 57, LEVEL_2 = 133, NDCS = 233, PINS_PER_NDC = 7;
    static final double ROAD_FACTOR = 1.3;
    static final int METROS = 8;
    static final int NEAREST_L1_LINKS = 3;

    public record Plan(List<Hub> hubs, List<Lane> lanes, List<OfficeHubAssignment> assignments) {
    }

    private record Candidate(String key, String label, String state, String circle, PostOffice site, int score) {
    }

    private final NetworkSnapshot network;
    private final List<PinProfile> profiles;

    public TransmissionPlanner(NetworkSnapshot network) {
        this.network = network;
        this.profiles = network.offices().stream().map(PostOffice::pin).distinct().sorted()
                .map(pin -> network.profile(pin).orElseThrow())
                .filter(p -> p.deliveryOffice().location().isPresent()).toList();
    }

    public Plan plan() {
        List<Hub> l1 = levelOneHubs();
        List<Hub> l2 = levelTwoHubs(l1);
        Map<String, List<Integer>> ndcMembers = new LinkedHashMap<>();
        List<Hub> cities = new ArrayList<>(l1);
        cities.addAll(l2);
        List<Hub> ndcs = nodalDeliveryCentres(cities, ndcMembers);
        List<Hub> hubs = new ArrayList<>(l1);
        hubs.addAll(l2);
        hubs.addAll(ndcs);
        return new Plan(hubs, lanes(l1, l2), assignments(l1, l2, ndcs, ndcMembers));
    }

    // ---- hubs

    /**
     * Level-1 hubs go to the sorting districts (first three PIN digits) with the most urban PINs:
     * a sorting district is how the post divides a city (110 is all of Delhi, which the revenue
     * map splits into eleven districts), so it measures a city's parcel demand better.
     */
    private List<Hub> levelOneHubs() {
        Map<String, List<PinProfile>> byPrefix = group(p -> Integer.toString(p.pin().sortingDistrict()));
        List<Candidate> candidates = new ArrayList<>();
        byPrefix.forEach((key, pins) -> site(pins).ifPresent(site -> candidates.add(new Candidate(key,
                site.district(), site.state(), site.circle(), site,
                (int) pins.stream().filter(p -> !p.rural()).count()))));
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::key));
        List<Candidate> chosen = new ArrayList<>();
        Set<String> circles = new HashSet<>();
        for (Candidate c : candidates) {
            if (circles.add(c.circle())) {
                chosen.add(c);
            }
        }
        fill(chosen, candidates, LEVEL_1, new double[] {150, 100, 50});
        chosen.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::key));
        return chosen.stream().map(c -> hub("H1-", c, HubLevel.L1, Optional.empty(), " parcel hub (L1)")).toList();
    }

    private List<Hub> levelTwoHubs(List<Hub> l1) {
        Map<String, List<PinProfile>> byPrefix = group(p -> Integer.toString(p.pin().sortingDistrict()));
        List<Candidate> candidates = new ArrayList<>();
        byPrefix.forEach((prefix, pins) -> site(pins).ifPresent(site -> candidates.add(new Candidate(prefix,
                site.district(), site.state(), site.circle(), site, pins.size()))));
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::key));
        List<Candidate> taken = new ArrayList<>(l1.stream().map(h -> new Candidate("L1:" + h.code(), h.city(), h.state(),
                h.circle(), network.office(h.officeId()).orElseThrow(), Integer.MAX_VALUE)).toList());
        int before = taken.size();
        fill(taken, candidates, before + LEVEL_2, new double[] {60, 40, 20});
        return taken.subList(before, taken.size()).stream()
                .map(c -> hub("H2-", c, HubLevel.L2, Optional.of(parentOf(c.site(), l1).code()), " parcel hub (L2)"))
                .sorted(Comparator.comparing(Hub::code)).toList();
    }

    /** NDCs deliver for urban PINs of the hub cities (level 1 first); each city's NDCs hang off its hub. */
    private List<Hub> nodalDeliveryCentres(List<Hub> cityHubs, Map<String, List<Integer>> members) {
        Map<Hub, List<PinProfile>> urbanPins = new LinkedHashMap<>();
        Set<String> districts = new HashSet<>();
        for (Hub hub : cityHubs) {
            PostOffice site = network.office(hub.officeId()).orElseThrow();
            if (!districts.add(site.state() + "|" + site.district())) {
                continue;
            }
            urbanPins.put(hub, profiles.stream().filter(p -> !p.rural()
                    && p.deliveryOffice().district().equals(site.district()) && p.deliveryOffice().state().equals(site.state()))
                    .toList());
        }
        Map<Hub, Integer> quota = quotas(urbanPins);
        List<Hub> ndcs = new ArrayList<>();
        for (var entry : urbanPins.entrySet()) {
            List<PinProfile> free = new ArrayList<>(entry.getValue());
            for (int i = 0; i < quota.get(entry.getKey()) && !free.isEmpty(); i++) {
                PinProfile seed = free.removeFirst();
                GeoPoint at = seed.deliveryOffice().location().orElseThrow();
                free.sort(Comparator.comparingDouble((PinProfile p) -> p.deliveryOffice().location().orElseThrow().distanceKm(at))
                        .thenComparing(PinProfile::pin));
                List<PinProfile> group = new ArrayList<>(List.of(seed));
                while (group.size() < PINS_PER_NDC && !free.isEmpty()) {
                    group.add(free.removeFirst());
                }
                free.sort(Comparator.comparing(PinProfile::pin));
                PostOffice site = seed.deliveryOffice();
                Hub ndc = new Hub("NDC-" + seed.pin(), site.name() + " Nodal Delivery Centre", HubLevel.NDC, site.id(),
                        site.district(), site.state(), site.circle(), at, Optional.of(entry.getKey().code()));
                members.put(ndc.code(), group.stream().map(p -> p.pin().value()).toList());
                ndcs.add(ndc);
            }
        }
        return ndcs;
    }

    /**
     * NDCs per level-1 city in proportion to its urban PINs, but no more than its urban PINs fill
     * at seven a centre; what a small city cannot take goes to the city with the most PINs per centre.
     */
    private static Map<Hub, Integer> quotas(Map<Hub, List<PinProfile>> urbanPins) {
        Map<Hub, Integer> quota = largestRemainder(urbanPins, NDCS);
        Map<Hub, Integer> room = new LinkedHashMap<>();
        urbanPins.forEach((hub, pins) -> room.put(hub, (pins.size() + PINS_PER_NDC - 1) / PINS_PER_NDC));
        int spare = 0;
        for (Hub hub : urbanPins.keySet()) {
            int over = quota.get(hub) - room.get(hub);
            if (over > 0) {
                quota.put(hub, room.get(hub));
                spare += over;
            }
        }
        for (; spare > 0; spare--) {
            Hub fullest = urbanPins.keySet().stream().filter(h -> quota.get(h) < room.get(h))
                    .max(Comparator.comparingDouble((Hub h) -> (double) urbanPins.get(h).size() / (quota.get(h) + 1))
                            .thenComparing(Hub::code, Comparator.reverseOrder()))
                    .orElse(null);
            if (fullest == null) {
                break;
            }
            quota.merge(fullest, 1, Integer::sum);
        }
        return quota;
    }

    private static Map<Hub, Integer> largestRemainder(Map<Hub, List<PinProfile>> weights, int total) {
        long sum = weights.values().stream().mapToLong(List::size).sum();
        Map<Hub, Integer> quota = new LinkedHashMap<>();
        List<Map.Entry<Hub, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (var e : weights.entrySet()) {
            double exact = sum == 0 ? 0 : (double) total * e.getValue().size() / sum;
            quota.put(e.getKey(), (int) exact);
            given += (int) exact;
            remainders.add(Map.entry(e.getKey(), exact - (int) exact));
        }
        remainders.sort(Map.Entry.<Hub, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().code()));
        for (int i = 0; i < total - given && i < remainders.size(); i++) {
            quota.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quota;
    }

    /** A hub sits at the head office with the lowest PIN (usually the city's GPO), else the sub office with the lowest PIN. */
    private Optional<PostOffice> site(List<PinProfile> pins) {
        return pins.stream().flatMap(p -> p.offices().stream())
                .filter(o -> o.tier() != OfficeTier.BO && o.location().isPresent())
                .min(Comparator.comparing(PostOffice::tier).thenComparing(PostOffice::pin).thenComparingLong(PostOffice::id));
    }

    private static void fill(List<Candidate> chosen, List<Candidate> candidates, int target, double[] separationsKm) {
        for (double separation : separationsKm) {
            for (Candidate c : candidates) {
                if (chosen.size() >= target) {
                    return;
                }
                boolean clear = chosen.stream().noneMatch(x -> x.key().equals(c.key())
                        || x.site().location().orElseThrow().distanceKm(c.site().location().orElseThrow()) < separation);
                if (clear) {
                    chosen.add(c);
                }
            }
        }
    }

    private static Hub hub(String prefix, Candidate c, HubLevel level, Optional<String> parent, String suffix) {
        PostOffice site = c.site();
        return new Hub(prefix + site.pin(), site.district() + suffix, level, site.id(), site.district(), site.state(),
                site.circle(), site.location().orElseThrow(), parent);
    }

    private static Hub parentOf(PostOffice site, List<Hub> l1) {
        GeoPoint at = site.location().orElseThrow();
        Comparator<Hub> nearest = Comparator.comparingDouble((Hub h) -> h.location().distanceKm(at)).thenComparing(Hub::code);
        return l1.stream().filter(h -> h.circle().equals(site.circle())).min(nearest)
                .orElseGet(() -> l1.stream().min(nearest).orElseThrow());
    }

    private Map<String, List<PinProfile>> group(java.util.function.Function<PinProfile, String> key) {
        Map<String, List<PinProfile>> groups = new TreeMap<>();
        profiles.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        return groups;
    }

    // ---- assignments

    private List<OfficeHubAssignment> assignments(List<Hub> l1, List<Hub> l2, List<Hub> ndcs, Map<String, List<Integer>> ndcMembers) {
        Map<Integer, Hub> ndcOf = new HashMap<>();
        for (Hub ndc : ndcs) {
            ndcMembers.get(ndc.code()).forEach(pin -> ndcOf.put(pin, ndc));
        }
        Map<String, Hub> byCode = new HashMap<>();
        l1.forEach(h -> byCode.put(h.code(), h));
        l2.forEach(h -> byCode.put(h.code(), h));
        List<Hub> sorting = new ArrayList<>(l1);
        sorting.addAll(l2);
        List<OfficeHubAssignment> result = new ArrayList<>();
        for (PinProfile p : profiles) {
            PostOffice office = p.deliveryOffice();
            Hub ndc = ndcOf.get(p.pin().value());
            Hub hub = ndc != null ? byCode.get(ndc.parent().orElseThrow()) : nearestInCircle(office, sorting);
            result.add(new OfficeHubAssignment(p.pin().value(), office.id(), hub.code(), Optional.ofNullable(ndc).map(Hub::code)));
        }
        return result;
    }

    private static Hub nearestInCircle(PostOffice office, List<Hub> hubs) {
        GeoPoint at = office.location().orElseThrow();
        Comparator<Hub> nearest = Comparator.comparingDouble((Hub h) -> h.location().distanceKm(at)).thenComparing(Hub::code);
        return hubs.stream().filter(h -> h.circle().equals(office.circle())).min(nearest)
                .orElseGet(() -> hubs.stream().min(nearest).orElseThrow());
    }

    // ---- lanes

    private List<Lane> lanes(List<Hub> l1, List<Hub> l2) {
        Map<String, Lane> lanes = new TreeMap<>();
        for (Hub hub : l2) {
            Hub parent = l1.stream().filter(h -> h.code().equals(hub.parent().orElseThrow())).findFirst().orElseThrow();
            add(lanes, feeder(hub, parent, LocalTime.of(23, 0), LocalTime.of(22, 0)));
            add(lanes, feeder(parent, hub, LocalTime.of(6, 0), LocalTime.of(5, 0)));
        }
        UnionFind connected = new UnionFind(l1.size());
        List<Hub> metros = l1.subList(0, Math.min(METROS, l1.size()));
        for (int i = 0; i < l1.size(); i++) {
            Hub from = l1.get(i);
            Comparator<Hub> nearness = Comparator.comparingDouble((Hub h) -> h.location().distanceKm(from.location()))
                    .thenComparing(Hub::code);
            List<Hub> links = new ArrayList<>(l1.stream().filter(h -> h != from).sorted(nearness).limit(NEAREST_L1_LINKS).toList());
            if (!metros.contains(from)) {
                metros.stream().min(nearness).ifPresent(links::add);
            }
            for (Hub to : links) {
                trunkBothWays(lanes, from, to);
                connected.union(i, l1.indexOf(to));
            }
        }
        while (connected.components() > 1) {
            int[] pair = closestAcross(l1, connected);
            trunkBothWays(lanes, l1.get(pair[0]), l1.get(pair[1]));
            connected.union(pair[0], pair[1]);
        }
        for (Hub a : metros) {
            for (Hub b : metros) {
                if (a != b && a.location().distanceKm(b.location()) > 500) {
                    add(lanes, lane(a, b, TransportMode.AIR, DepartureSchedule.parseDays("DAILY"), LocalTime.of(3, 0),
                            LocalTime.of(0, 30), true, 80, 1_200));
                    add(lanes, trunk(a, b));
                }
            }
        }
        return new ArrayList<>(lanes.values());
    }

    private static int[] closestAcross(List<Hub> l1, UnionFind connected) {
        int[] best = null;
        double bestKm = Double.MAX_VALUE;
        for (int i = 0; i < l1.size(); i++) {
            for (int j = 0; j < l1.size(); j++) {
                double km = l1.get(i).location().distanceKm(l1.get(j).location());
                if (connected.find(i) != connected.find(j) && km < bestKm) {
                    bestKm = km;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    private static void trunkBothWays(Map<String, Lane> lanes, Hub a, Hub b) {
        add(lanes, trunk(a, b));
        add(lanes, trunk(b, a));
    }

    private static Lane trunk(Hub from, Hub to) {
        double roadKm = from.location().distanceKm(to.location()) * ROAD_FACTOR;
        if (roadKm <= 800) {
            return lane(from, to, TransportMode.ROAD, DepartureSchedule.parseDays("DAILY"), LocalTime.of(23, 30),
                    LocalTime.of(22, 30), true, 300, 6_000);
        }
        return lane(from, to, TransportMode.RAIL, DepartureSchedule.parseDays("DAILY"), LocalTime.of(23, 45),
                LocalTime.of(22, 45), true, 600, 12_000);
    }

    private static Lane feeder(Hub from, Hub to, LocalTime departure, LocalTime cutoff) {
        return lane(from, to, TransportMode.ROAD, DepartureSchedule.parseDays("MON-SAT"), departure, cutoff, false, 120, 2_400);
    }

    private static Lane lane(Hub from, Hub to, TransportMode mode, Set<java.time.DayOfWeek> days, LocalTime departure,
                             LocalTime cutoff, boolean runsOnHolidays, int bags, int kg) {
        double km = from.location().distanceKm(to.location()) * (mode == TransportMode.AIR ? 1 : ROAD_FACTOR);
        return new Lane(Lane.idOf(from.code(), to.code(), mode), from.code(), to.code(), mode, Math.round(km * 10) / 10.0,
                transit(mode, km), new DepartureSchedule(days, departure, cutoff, runsOnHolidays), bags, kg, true);
    }

    /** Road at 45 km/h with an hour to load and unload; rail at 40 km/h with six hours of terminal handling; air at 600 km/h with five hours on the ground. */
    static Duration transit(TransportMode mode, double km) {
        double minutes = switch (mode) {
            case ROAD -> km / 45 * 60 + 60;
            case RAIL -> km / 40 * 60 + 360;
            case AIR -> km / 600 * 60 + 300;
            case BEAT -> km / 15 * 60;
        };
        return Duration.ofMinutes((long) (Math.ceil(minutes / 15) * 15));
    }

    private static void add(Map<String, Lane> lanes, Lane lane) {
        lanes.putIfAbsent(lane.id(), lane);
    }

    private static final class UnionFind {
        private final int[] parent;
        private int components;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            components = n;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }

        int components() {
            return components;
        }
    }
}
