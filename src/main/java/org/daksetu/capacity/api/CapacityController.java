package org.daksetu.capacity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.daksetu.capacity.application.BagAllocation;
import org.daksetu.capacity.application.CapacityOffers;
import org.daksetu.capacity.application.CapacityStore;
import org.daksetu.capacity.application.Ist;
import org.daksetu.capacity.application.LaneDepartures;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lane departures and their capacity, offers of spare capacity by either partner, bags and their allocation. */
@RestController
@RequestMapping("/api/v1/capacity")
@Tag(name = "Capacity", description = "Lane capacity per departure, capacity offered by either partner, bag allocation")
class CapacityController {

    private final LaneDepartures departures;
    private final CapacityOffers offers;
    private final BagAllocation allocation;
    private final CapacityStore store;

    CapacityController(LaneDepartures departures, CapacityOffers offers, BagAllocation allocation, CapacityStore store) {
        this.departures = departures;
        this.offers = offers;
        this.allocation = allocation;
        this.store = store;
    }

    // ---- departures

    record DepartureView(String lane, OffsetDateTime departsAt, OffsetDateTime cutoff, String partner, Long offerId,
                         String truck, int capacityBags, int capacityKg, int usedBags, int usedKg) {
    }

    @GetMapping("/lanes/{lane}/departures")
    @Operation(summary = "A lane's departures in a date range (default: today and the next 6 days), own and offered, with room used")
    List<DepartureView> departures(@PathVariable String lane, @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to) {
        Lane l = departures.lane(lane);
        LocalDate start = from != null ? from : LocalDate.now(java.time.ZoneOffset.ofHoursMinutes(5, 30));
        LocalDate end = to != null ? to : start.plusDays(6);
        if (end.isBefore(start) || start.plusDays(31).isBefore(end)) {
            throw new InvalidValueException("to", end.toString(), "on or after from and within 31 days of it");
        }
        LocalDateTime a = start.atStartOfDay(), b = end.plusDays(1).atStartOfDay();
        List<CapacityStore.Used> used = store.used(List.of(l.id()), a, b);
        List<DepartureView> out = new ArrayList<>();
        for (LaneDepartures.Departure d : departures.between(l, a, b)) {
            int[] u = sum(used, d.departsAt(), Optional.empty());
            out.add(new DepartureView(l.id(), Ist.at(d.departsAt()), Ist.at(d.cutoff()), "INDIA-POST", null, null,
                    d.capacity().bags(), d.capacity().kg(), u[0], u[1]));
        }
        int lead = l.schedule().cutoffLeadMinutes();
        for (CapacityStore.Offer o : store.openOffers(List.of(l.id()), a, b)) {
            int[] u = sum(used, o.departsAt(), Optional.of(o.id()));
            out.add(new DepartureView(l.id(), Ist.at(o.departsAt()), Ist.at(o.departsAt().minusMinutes(lead)), o.party(), o.id(),
                    o.truck(), o.room().bags(), o.room().kg(), u[0], u[1]));
        }
        out.sort(java.util.Comparator.comparing(DepartureView::departsAt));
        return out;
    }

    private static int[] sum(List<CapacityStore.Used> used, LocalDateTime at, Optional<Long> offer) {
        int[] s = new int[2];
        used.stream().filter(u -> u.departsAt().equals(at) && u.offerId().equals(offer)).forEach(u -> {
            s[0] += u.bags();
            s[1] += u.kg();
        });
        return s;
    }

    // ---- offers

    record OfferJson(String party, String lane, OffsetDateTime departsAt, String truck, Integer bags, Integer kg, String terms) {
        CapacityOffers.OfferDraft draft() {
            return new CapacityOffers.OfferDraft(lane, departsAt, truck, bags, kg, terms);
        }
    }

    record OfferView(long id, String party, String lane, OffsetDateTime departsAt, String truck, int bags, int kg, String terms,
                     String status, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime withdrawnAt) {
        static OfferView of(CapacityStore.Offer o) {
            return new OfferView(o.id(), o.party(), o.laneId(), Ist.at(o.departsAt()), o.truck(), o.room().bags(), o.room().kg(),
                    o.terms().orElse(null), o.status(), Ist.at(o.createdAt()), Ist.at(o.updatedAt()),
                    o.withdrawnAt().map(Ist::at).orElse(null));
        }
    }

    record OfferUseView(OfferView offer, int usedBags, int usedKg, List<CapacityStore.OfferUse> usedBy) {
    }

    /** The party an offer is made for: a shipper's or India Post's own key; an admin names it. */
    private static String party(ApiKeys.Principal who, String requested) {
        if (who.has(Role.ADMIN)) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidValueException("party", String.valueOf(requested), "an admin names the party offering");
            }
            return requested;
        }
        String own = who.party().orElseThrow(() -> new InvalidValueException("key", who.getName(), "this key belongs to no party"));
        if (requested != null && !requested.equals(own)) {
            throw new InvalidValueException("party", requested, "a key offers for its own party " + own + " only");
        }
        return own;
    }

    /** Whose offers a caller sees: a shipper its own; India Post, admins and analysts all. */
    private static Optional<String> visible(ApiKeys.Principal who) {
        return who.has(Role.SHIPPER) ? who.party() : Optional.empty();
    }

    @PostMapping("/offers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Offer spare capacity on a lane: a truck, its departure, its room in bags and kg, optional terms")
    OfferView offer(@AuthenticationPrincipal ApiKeys.Principal who, @RequestBody OfferJson body) {
        if (body == null) {
            throw new InvalidValueException("body", "null", "an offer: lane, departsAt, truck, bags, kg, terms");
        }
        return OfferView.of(offers.offer(party(who, body.party()), body.draft(), null));
    }

    @GetMapping("/offers")
    @Operation(summary = "Offers departing in a date range (default: the coming week); a shipper sees its own")
    List<OfferView> list(@AuthenticationPrincipal ApiKeys.Principal who, @RequestParam(required = false) LocalDate from,
                         @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String lane,
                         @RequestParam(required = false) String party) {
        LocalDate start = from != null ? from : LocalDate.now(java.time.ZoneOffset.ofHoursMinutes(5, 30));
        LocalDate end = to != null ? to : start.plusDays(6);
        Optional<String> own = visible(who);
        Optional<String> whose = own.isPresent() ? own : Optional.ofNullable(party);
        return offers.list(whose, Optional.ofNullable(lane), Ist.at(start.atStartOfDay()), Ist.at(end.plusDays(1).atStartOfDay()))
                .stream().map(OfferView::of).toList();
    }

    @GetMapping("/offers/{id}")
    @Operation(summary = "An offer, the room used and who used it: each bag on it with the parcels of each shipper")
    OfferUseView offer(@AuthenticationPrincipal ApiKeys.Principal who, @PathVariable long id) {
        CapacityOffers.OfferView v = offers.view(id, visible(who));
        return new OfferUseView(OfferView.of(v.offer()), v.used().bags(), v.used().kg(), v.uses());
    }

    @PutMapping("/offers/{id}")
    @Operation(summary = "Change an offer before its departure (truck, departure, room, terms); absent fields keep their value")
    OfferView change(@AuthenticationPrincipal ApiKeys.Principal who, @PathVariable long id, @RequestBody OfferJson body) {
        if (body == null) {
            throw new InvalidValueException("body", "null", "the fields to change");
        }
        return OfferView.of(offers.change(id, who.has(Role.ADMIN) ? null : party(who, null), body.draft(), null));
    }

    record WithdrawalView(OfferView offer, int bagsReleased, BagAllocation.AllocationReport reallocation) {
    }

    @PostMapping("/offers/{id}/withdraw")
    @Operation(summary = "Withdraw an offer before its departure; the bags on it are allocated again at once")
    WithdrawalView withdraw(@AuthenticationPrincipal ApiKeys.Principal who, @PathVariable long id) {
        CapacityOffers.Withdrawal w = offers.withdraw(id, who.has(Role.ADMIN) ? null : party(who, null), null);
        return new WithdrawalView(OfferView.of(w.offer()), w.bagsReleased(), w.reallocation());
    }

    // ---- bags and allocation

    record BagBatch(List<BagAllocation.BagClosing> bags, Boolean allocate, OffsetDateTime at) {
    }

    record ClosingView(BagAllocation.ClosingReport closing, BagAllocation.AllocationReport allocation) {
    }

    @PostMapping("/bags")
    @Operation(summary = "Bags closed at hubs (up to 20,000 a request), each with its lane (or next hub), weight and articles",
            description = "All or none: every bad field is named. A bag closed before is skipped. With allocate=true "
                    + "the waiting bags of these bags' lanes are allocated at once, as of 'at' (default now).")
    ClosingView close(@RequestBody BagBatch batch) {
        if (batch == null || batch.bags() == null) {
            throw new InvalidValueException("bags", "null", "the body is {\"bags\": [...]}");
        }
        BagAllocation.ClosingReport closing = allocation.close(batch.bags(), null);
        BagAllocation.AllocationReport report = null;
        if (Boolean.TRUE.equals(batch.allocate())) {
            Collection<String> lanes = new java.util.TreeSet<>();
            for (BagAllocation.BagClosing b : batch.bags()) {
                lanes.add(b.lane() != null ? b.lane() : departures.between(b.hub(), b.toHub()).getFirst().id());
            }
            report = allocation.allocateLanes(batch.at(), lanes);
        }
        return new ClosingView(closing, report);
    }

    record BagView(String bag, String hub, String lane, OffsetDateTime closedAt, int kg, int parcels, LocalDate earliestEdd,
                   OffsetDateTime plannedDeparture, OffsetDateTime departure, Long offerId, int delayDays) {
    }

    @GetMapping("/bags/{bag}")
    @Operation(summary = "A bag: where it was closed, the departure planned and the one allocated, days of delay")
    BagView bag(@PathVariable String bag) {
        CapacityStore.BagView b = allocation.bag(bag);
        return new BagView(b.bag(), b.hub(), b.laneId(), Ist.at(b.closedAt()), b.kg(), b.parcels(), b.earliestEdd(),
                Ist.at(b.plannedDeparture()), b.departure().map(Ist::at).orElse(null), b.offerId().orElse(null), b.delayDays());
    }

    record AllocationRequest(OffsetDateTime at, List<String> hubs, List<String> lanes) {
    }

    @PostMapping("/allocations")
    @Operation(summary = "Allocate the waiting bags (of some hubs or lanes, or all) to departures leaving at or after 'at' (default now)")
    BagAllocation.AllocationReport allocate(@RequestBody(required = false) AllocationRequest request) {
        OffsetDateTime at = request == null ? null : request.at();
        if (request != null && request.lanes() != null && !request.lanes().isEmpty()) {
            for (int i = 0; i < request.lanes().size(); i++) {
                if (departures.find(request.lanes().get(i)).isEmpty()) {
                    throw new InvalidValueException("lanes[" + i + "]", request.lanes().get(i), "no lane has this id");
                }
            }
            return allocation.allocateLanes(at, request.lanes());
        }
        Optional<Collection<String>> hubs = request == null || request.hubs() == null || request.hubs().isEmpty()
                ? Optional.empty() : Optional.of(request.hubs());
        return allocation.allocate(at, hubs);
    }
}
