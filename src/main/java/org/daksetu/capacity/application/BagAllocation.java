package org.daksetu.capacity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.capacity.domain.Allocator;
import org.daksetu.capacity.domain.Placement;
import org.daksetu.capacity.domain.Room;
import org.daksetu.capacity.domain.Slot;
import org.daksetu.capacity.domain.WaitingBag;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.platform.security.Parties;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.daksetu.tracking.application.Delays;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bags closed at hubs, and their allocation to departures (docs/CAPACITY.md). Both take many bags
 * in one call, and the business time from the caller (or the injected clock), so that a simulator
 * drives them in its own time. Every parcel whose EDD moves because its bag rolled to a later
 * departure gets a revised EDD and a "delayed" change in its shipper's feed, in the same
 * transaction as the allocation.
 */
@Service
public class BagAllocation {

    public static final int MAX_BAGS = 20_000;
    public static final int MAX_ARTICLES_PER_BAG = 1_000;
    public static final int MAX_BAG_KG = 50;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final CapacityStore store;
    private final LaneDepartures departures;
    private final Delays delays;
    private final Clock clock;

    public BagAllocation(CapacityStore store, LaneDepartures departures, Delays delays, Clock clock) {
        this.store = store;
        this.departures = departures;
        this.delays = delays;
        this.clock = clock;
    }

    /**
     * A bag closed at a hub: its id, the hub, the lane it leaves on (or the next hub, when one lane
     * leads there), when it was closed (default: now), its weight and the articles in it.
     */
    public record BagClosing(String bag, String hub, String lane, String toHub, OffsetDateTime closedAt, Integer kg,
                             List<String> articles) {
    }

    public record ClosingReport(int received, int closed, int duplicates) {
    }

    /** Closes many bags as of now (the injected clock). */
    @Transactional
    public ClosingReport close(List<BagClosing> bags) {
        return close(bags, null);
    }

    /**
     * Closes many bags in one transaction: all or none (each bad field is named). Bags known already
     * are skipped. {@code at} is the business time (default: the clock's now): a bag without a
     * closing time closes then, and closing times are checked against it.
     */
    @Transactional
    public ClosingReport close(List<BagClosing> bags, OffsetDateTime at) {
        if (bags == null || bags.isEmpty() || bags.size() > MAX_BAGS) {
            throw new InvalidValueException("bags", bags == null ? "null" : bags.size() + " bags",
                    "send 1 to " + MAX_BAGS + " bags");
        }
        Violations v = new Violations();
        LocalDateTime now = at == null ? Ist.now(clock) : Ist.of(at);
        Set<String> seen = new HashSet<>();
        List<ArticleNumber> allArticles = new ArrayList<>();
        Map<Integer, Lane> lanes = new HashMap<>();
        Map<Integer, List<ArticleNumber>> articlesOf = new HashMap<>();
        for (int i = 0; i < bags.size(); i++) {
            BagClosing b = bags.get(i);
            String f = "bags[" + i + "]";
            if (b == null) {
                v.add(f, null, "a bag is required");
                continue;
            }
            if (b.bag() == null || !b.bag().matches("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}")) {
                v.add(f + ".bag", b.bag(), "1 to 40 letters, digits, '-', '_', '.' or '/'");
            } else if (!seen.add(b.bag())) {
                v.add(f + ".bag", b.bag(), "named twice in this request");
            }
            Optional<Lane> lane = resolveLane(v, f, b);
            int index = i;
            lane.ifPresent(l -> lanes.put(index, l));
            if (b.closedAt() != null && (Ist.of(b.closedAt()).isAfter(now.plusDays(1))
                    || Ist.of(b.closedAt()).isBefore(now.minusDays(30)))) {
                v.add(f + ".closedAt", b.closedAt(), "within the last 30 days and not more than a day ahead");
            }
            if (b.kg() == null || b.kg() < 1 || b.kg() > MAX_BAG_KG) {
                v.add(f + ".kg", b.kg(), "a whole number of kilograms from 1 to " + MAX_BAG_KG);
            }
            if (b.articles() == null || b.articles().isEmpty() || b.articles().size() > MAX_ARTICLES_PER_BAG) {
                v.add(f + ".articles", b.articles() == null ? null : b.articles().size() + " articles",
                        "a bag holds 1 to " + MAX_ARTICLES_PER_BAG + " articles");
                continue;
            }
            List<ArticleNumber> parsed = new ArrayList<>(b.articles().size());
            for (int j = 0; j < b.articles().size(); j++) {
                try {
                    parsed.add(new ArticleNumber(b.articles().get(j)));
                } catch (InvalidValueException e) {
                    v.add(f + ".articles[" + j + "]", b.articles().get(j), e.getMessage());
                }
            }
            articlesOf.put(i, parsed);
            allArticles.addAll(parsed);
        }
        Map<ArticleNumber, Delays.Current> current = v.isEmpty() ? delays.current(allArticles) : Map.of();
        List<CapacityStore.NewBag> rows = new ArrayList<>();
        List<CapacityStore.BagArticle> members = new ArrayList<>();
        for (int i = 0; i < bags.size() && v.isEmpty(); i++) {
            BagClosing b = bags.get(i);
            String f = "bags[" + i + "]";
            LocalDate earliest = null;
            List<ArticleNumber> parsed = articlesOf.get(i);
            for (int j = 0; j < parsed.size(); j++) {
                Delays.Current c = current.get(parsed.get(j));
                if (c == null) {
                    v.add(f + ".articles[" + j + "]", parsed.get(j).value(), "is not a registered article");
                    continue;
                }
                earliest = earliest == null || c.edd().isBefore(earliest) ? c.edd() : earliest;
                members.add(new CapacityStore.BagArticle(b.bag(), c.article().value(), c.shipperId(), c.edd()));
            }
            Lane lane = lanes.get(i);
            LocalDateTime closedAt = b.closedAt() == null ? now : Ist.of(b.closedAt());
            Optional<LaneDepartures.Departure> planned = departures.firstAfter(lane, closedAt);
            if (planned.isEmpty()) {
                v.add(f + ".lane", lane.id(), "has no departure within three weeks of " + closedAt);
                continue;
            }
            if (earliest != null) {
                rows.add(new CapacityStore.NewBag(b.bag(), b.hub(), lane.id(), closedAt, b.kg(), parsed.size(), earliest,
                        planned.get().departsAt()));
            }
        }
        v.throwIfAny();
        Set<String> known = store.knownBags(rows.stream().map(CapacityStore.NewBag::bag).toList());
        if (!known.isEmpty()) {
            rows.removeIf(r -> known.contains(r.bag()));
            members.removeIf(m -> known.contains(m.bag()));
        }
        store.addBags(rows, members);
        return new ClosingReport(bags.size(), rows.size(), known.size());
    }

    private Optional<Lane> resolveLane(Violations v, String f, BagClosing b) {
        if (b.hub() == null || b.hub().isBlank()) {
            v.add(f + ".hub", b.hub(), "the hub where the bag was closed is required");
            return Optional.empty();
        }
        if (b.lane() != null) {
            Optional<Lane> lane = departures.find(b.lane());
            if (lane.isEmpty()) {
                v.add(f + ".lane", b.lane(), "no lane has this id");
            } else if (!lane.get().active()) {
                v.add(f + ".lane", b.lane(), "the lane is not active");
                return Optional.empty();
            } else if (!lane.get().from().equals(b.hub())) {
                v.add(f + ".lane", b.lane(), "leaves from " + lane.get().from() + ", not from hub " + b.hub());
                return Optional.empty();
            }
            return lane;
        }
        if (b.toHub() == null) {
            v.add(f + ".lane", null, "name the lane, or the next hub (toHub)");
            return Optional.empty();
        }
        List<Lane> lanes = departures.between(b.hub(), b.toHub());
        if (lanes.isEmpty()) {
            v.add(f + ".toHub", b.toHub(), "no active lane leads from " + b.hub() + " to " + b.toHub());
            return Optional.empty();
        }
        if (lanes.size() > 1) {
            v.add(f + ".toHub", b.toHub(), "several lanes lead there; name one of " + lanes.stream().map(Lane::id).toList());
            return Optional.empty();
        }
        return Optional.of(lanes.getFirst());
    }

    /**
     * What one allocation run did: {@code waiting} bags had no departure; {@code replanned} had one
     * whose cut-off was still ahead, so they were planned again with the rest. {@code allocated} counts
     * the bags that got a departure or a different one, {@code overflowed} those of them leaving later
     * than planned, {@code stillWaiting} those that fit nowhere within the week.
     */
    public record AllocationReport(LocalDateTime at, int waiting, int replanned, int allocated, int onOwnCapacity,
                                   int onOfferedCapacity, int overflowed, int stillWaiting, int delayedParcels,
                                   int revisedPromises) {
    }

    /**
     * Allocates every waiting bag (of the given hubs' lanes, or everywhere) to the departures that
     * leave at or after {@code at} (default: now), up to a week ahead. Bags already on a departure
     * whose cut-off is still ahead are planned again with them: until the cut-off the load plan is
     * provisional, so a more urgent bag closed later still takes precedence.
     */
    @Transactional
    public AllocationReport allocate(OffsetDateTime at, Optional<Collection<String>> hubs) {
        LocalDateTime when = at == null ? Ist.now(clock) : Ist.of(at);
        store.lock();
        Optional<Collection<String>> lanes = hubs.map(h -> {
            Set<String> set = new HashSet<>(h);
            return departures.lanes().stream().filter(l -> set.contains(l.from())).map(Lane::id).toList();
        });
        return run(when, lanes, Set.of());
    }

    /** Allocates the waiting bags of some lanes only (and re-plans theirs not yet at their cut-off); see {@link #allocate}. */
    @Transactional
    public AllocationReport allocateLanes(OffsetDateTime at, Collection<String> laneIds) {
        LocalDateTime when = at == null ? Ist.now(clock) : Ist.of(at);
        store.lock();
        return run(when, Optional.of(List.copyOf(laneIds)), Set.of());
    }

    /** Re-allocates the bags of lanes after a change (an offer withdrawn); {@code released} bags lost their departure. */
    AllocationReport reallocate(LocalDateTime at, Collection<String> laneIds, Set<String> released) {
        return run(at, Optional.of(laneIds), released);
    }

    private AllocationReport run(LocalDateTime at, Optional<Collection<String>> laneIds, Set<String> released) {
        List<WaitingBag> waiting = new ArrayList<>(store.waiting(laneIds));
        int waitingCount = waiting.size();
        Map<String, CapacityStore.Allocated> before = new HashMap<>();
        for (CapacityStore.Allocated a : store.allocatedAfter(laneIds, at)) {
            Optional<Lane> lane = departures.find(a.bag().laneId());
            if (lane.isPresent() && a.departsAt().minusMinutes(lane.get().schedule().cutoffLeadMinutes()).isAfter(at)) {
                before.put(a.bag().bag(), a);
                waiting.add(a.bag());
            }
        }
        if (waiting.isEmpty()) {
            return new AllocationReport(at, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        Map<String, List<WaitingBag>> byLane = new LinkedHashMap<>();
        waiting.forEach(b -> byLane.computeIfAbsent(b.laneId(), k -> new ArrayList<>()).add(b));
        LocalDateTime until = at.plusDays(LaneDepartures.HORIZON_DAYS);
        Map<String, List<CapacityStore.Used>> used = new HashMap<>();
        store.used(byLane.keySet(), at, until).forEach(u -> used.computeIfAbsent(u.laneId(), k -> new ArrayList<>()).add(u));
        // the bags planned again do not hold their places while they are planned again
        Map<String, int[]> replannedLoad = new HashMap<>();
        before.values().forEach(a -> {
            int[] l = replannedLoad.computeIfAbsent(a.bag().laneId() + "|" + a.departsAt() + "|" + a.offerId().orElse(0L),
                    k -> new int[2]);
            l[0]++;
            l[1] += a.bag().kg();
        });
        used.replaceAll((lane, list) -> list.stream().map(u -> {
            int[] l = replannedLoad.get(lane + "|" + u.departsAt() + "|" + u.offerId().orElse(0L));
            return l == null ? u : new CapacityStore.Used(u.laneId(), u.departsAt(), u.offerId(), u.bags() - l[0], u.kg() - l[1]);
        }).toList());
        Map<String, List<CapacityStore.Offer>> offers = new HashMap<>();
        store.openOffers(byLane.keySet(), at, until).forEach(o -> offers.computeIfAbsent(o.laneId(), k -> new ArrayList<>()).add(o));

        List<CapacityStore.Placed> placed = new ArrayList<>();
        List<CapacityStore.Overflow> overflows = new ArrayList<>();
        Map<String, Placement> delayed = new HashMap<>();
        int own = 0, offered = 0, still = 0;
        for (Map.Entry<String, List<WaitingBag>> e : byLane.entrySet()) {
            Optional<Lane> lane = departures.find(e.getKey());
            List<Slot> slots = lane.map(l -> slots(l, at, until, used.getOrDefault(l.id(), List.of()),
                    offers.getOrDefault(l.id(), List.of()))).orElse(List.of());
            for (Placement p : Allocator.allocate(e.getValue(), slots)) {
                WaitingBag b = p.bag();
                CapacityStore.Allocated previous = before.get(b.bag());
                if (p.slot().isEmpty()) {
                    still++;
                    if (previous != null) {
                        placed.add(new CapacityStore.Placed(b.bag(), null, Optional.empty(), 0));
                    }
                    continue;
                }
                Slot s = p.slot().get();
                if (previous != null && previous.departsAt().equals(s.departsAt()) && previous.offerId().equals(s.offerId())) {
                    continue;
                }
                placed.add(new CapacityStore.Placed(b.bag(), s.departsAt(), s.offerId(), p.delayDays()));
                if (s.own()) {
                    own++;
                } else {
                    offered++;
                }
                boolean later = previous == null || s.departsAt().isAfter(previous.departsAt());
                if (p.overflowed() && later) {
                    String cause = released.contains(b.bag()) ? "OFFER_WITHDRAWN"
                            : b.plannedDeparture().isBefore(at) ? "MISSED_DEPARTURE" : "NO_ROOM";
                    overflows.add(new CapacityStore.Overflow(b.bag(), b.laneId(), b.plannedDeparture(),
                            Optional.of(s.departsAt()), p.delayDays(), 0, cause));
                    if (p.delayDays() > (previous == null ? 0 : previous.delayDays())) {
                        delayed.put(b.bag(), p);
                    }
                }
            }
        }
        store.place(placed, at);
        int delayedParcels = 0, revised = 0;
        if (!delayed.isEmpty()) {
            List<CapacityStore.BagArticle> articles = store.articles(delayed.keySet());
            Map<String, Integer> parcels = new HashMap<>();
            BusinessCalendar calendar = departures.calendar();
            OffsetDateTime decided = Ist.at(at);
            List<Delays.Revision> revisions = new ArrayList<>(articles.size());
            for (CapacityStore.BagArticle a : articles) {
                Placement p = delayed.get(a.bag());
                Slot s = p.slot().orElseThrow();
                parcels.merge(a.bag(), 1, Integer::sum);
                LocalDate revisedEdd = workingDayOnOrAfter(a.edd().plusDays(p.delayDays()), calendar);
                revisions.add(new Delays.Revision("DL-" + a.bag() + "-" + STAMP.format(s.departsAt()) + "/" + a.article(),
                        new ArticleNumber(a.article()), revisedEdd, departures.lane(p.bag().laneId()).from(),
                        "bag " + a.bag() + " rolled from the " + p.bag().plannedDeparture() + " departure of lane "
                                + p.bag().laneId() + " to " + s.departsAt(), decided));
            }
            delayedParcels = articles.size();
            revised = delays.record(revisions, decided.toInstant());
            overflows.replaceAll(o -> new CapacityStore.Overflow(o.bag(), o.laneId(), o.plannedDeparture(), o.departure(),
                    o.delayDays(), parcels.getOrDefault(o.bag(), 0), o.cause()));
        }
        if (!overflows.isEmpty()) {
            Set<String> withoutCount = new HashSet<>();
            overflows.stream().filter(o -> o.parcels() == 0).forEach(o -> withoutCount.add(o.bag()));
            Map<String, Integer> counts = new HashMap<>();
            if (!withoutCount.isEmpty()) {
                store.articles(withoutCount).forEach(a -> counts.merge(a.bag(), 1, Integer::sum));
            }
            overflows.replaceAll(o -> o.parcels() > 0 ? o : new CapacityStore.Overflow(o.bag(), o.laneId(),
                    o.plannedDeparture(), o.departure(), o.delayDays(), counts.getOrDefault(o.bag(), 0), o.cause()));
            store.addOverflows(overflows, at);
        }
        return new AllocationReport(at, waitingCount, before.size(), own + offered, own, offered, overflows.size(), still,
                delayedParcels, revised);
    }

    /** Own departures and open offers of a lane in [from, to), each with the room still free. */
    List<Slot> slots(Lane lane, LocalDateTime from, LocalDateTime to, List<CapacityStore.Used> used,
                     List<CapacityStore.Offer> offers) {
        Map<String, CapacityStore.Used> usedBy = new HashMap<>();
        used.forEach(u -> usedBy.put(u.departsAt() + "|" + u.offerId().orElse(0L), u));
        List<Slot> slots = new ArrayList<>();
        int lead = lane.schedule().cutoffLeadMinutes();
        for (LaneDepartures.Departure d : departures.between(lane, from, to)) {
            CapacityStore.Used u = usedBy.get(d.departsAt() + "|0");
            Room room = u == null ? d.capacity() : d.capacity().minus(u.bags(), u.kg());
            slots.add(new Slot(lane.id(), d.departsAt(), d.cutoff(), Optional.empty(), Parties.POSTAL_OPERATOR, room));
        }
        for (CapacityStore.Offer o : offers) {
            CapacityStore.Used u = usedBy.get(o.departsAt() + "|" + o.id());
            Room room = u == null ? o.room() : o.room().minus(u.bags(), u.kg());
            slots.add(new Slot(lane.id(), o.departsAt(), o.departsAt().minusMinutes(lead), Optional.of(o.id()), o.party(), room));
        }
        return slots;
    }

    static LocalDate workingDayOnOrAfter(LocalDate day, BusinessCalendar calendar) {
        LocalDate d = day;
        for (int i = 0; i < 14 && !calendar.isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    public CapacityStore.BagView bag(String bag) {
        return store.bag(bag).orElseThrow(() -> new NotFoundException("bag", bag, "no bag " + bag + " was closed"));
    }
}
