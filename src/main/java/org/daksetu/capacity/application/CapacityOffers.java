package org.daksetu.capacity.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daksetu.capacity.domain.Room;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spare capacity one partner offers the other: a truck on a lane, its departure, its room (bags
 * and kg) and optional terms. Either partner offers (India Post or a shipper party); the offering
 * party changes or withdraws its offer until the truck departs. Withdrawing re-allocates the bags
 * that were on it at once. The business time is the caller's or the injected clock's.
 */
@Service
public class CapacityOffers {

    public static final int MAX_BAGS = 2_000;
    public static final int MAX_KG = 40_000;

    private final CapacityStore store;
    private final LaneDepartures departures;
    private final BagAllocation allocation;
    private final Clock clock;

    public CapacityOffers(CapacityStore store, LaneDepartures departures, BagAllocation allocation, Clock clock) {
        this.store = store;
        this.departures = departures;
        this.allocation = allocation;
        this.clock = clock;
    }

    /** What a partner sends; absent fields of a change keep their value. */
    public record OfferDraft(String lane, OffsetDateTime departsAt, String truck, Integer bags, Integer kg, String terms) {
    }

    public record OfferView(CapacityStore.Offer offer, Room used, List<CapacityStore.OfferUse> uses) {
    }

    @Transactional
    public CapacityStore.Offer offer(String party, OfferDraft d, OffsetDateTime at) {
        LocalDateTime now = at == null ? Ist.now(clock) : Ist.of(at);
        Violations v = new Violations();
        Optional<Lane> lane = Optional.empty();
        if (d.lane() == null || d.lane().isBlank()) {
            v.add("lane", d.lane(), "the lane offered on is required (id FROM~TO~MODE)");
        } else {
            lane = departures.find(d.lane());
            if (lane.isEmpty()) {
                v.add("lane", d.lane(), "no lane has this id");
            } else if (!lane.get().active()) {
                v.add("lane", d.lane(), "the lane is not active");
            }
        }
        checkDeparture(v, d.departsAt(), now);
        checkTruck(v, d.truck());
        checkRoom(v, d.bags(), d.kg());
        checkTerms(v, d.terms());
        v.throwIfAny();
        store.lock();
        return store.addOffer(party, lane.orElseThrow().id(), Ist.of(d.departsAt()), d.truck().strip(),
                new Room(d.bags(), d.kg()), terms(d.terms()), now);
    }

    /** Many offers in one transaction (a simulator's week of trucks); all or none. */
    @Transactional
    public List<CapacityStore.Offer> offerAll(String party, List<OfferDraft> drafts, OffsetDateTime at) {
        return drafts.stream().map(d -> offer(party, d, at)).toList();
    }

    @Transactional
    public CapacityStore.Offer change(long id, String party, OfferDraft d, OffsetDateTime at) {
        LocalDateTime now = at == null ? Ist.now(clock) : Ist.of(at);
        store.lock();
        CapacityStore.Offer o = owned(id, party);
        beforeDeparture(o, now, "changed");
        Violations v = new Violations();
        if (d.lane() != null && !d.lane().equals(o.laneId())) {
            v.add("lane", d.lane(), "an offer's lane does not change; withdraw it and offer on the other lane");
        }
        if (d.departsAt() != null) {
            checkDeparture(v, d.departsAt(), now);
        }
        if (d.truck() != null) {
            checkTruck(v, d.truck());
        }
        int bags = d.bags() != null ? d.bags() : o.room().bags();
        int kg = d.kg() != null ? d.kg() : o.room().kg();
        checkRoom(v, bags, kg);
        checkTerms(v, d.terms());
        v.throwIfAny();
        Room used = used(o);
        if (used.bags() > 0 && d.departsAt() != null && !Ist.of(d.departsAt()).equals(o.departsAt())) {
            throw new ConflictException("departsAt", d.departsAt().toString(), used.bags() + " bags are allocated to this departure; "
                    + "withdraw the offer to move them, then offer the new departure");
        }
        if (bags < used.bags() || kg < used.kg()) {
            throw new ConflictException("bags", bags + " bags, " + kg + " kg", "the offer carries " + used.bags()
                    + " bags, " + used.kg() + " kg already; room cannot go below that (withdraw to re-allocate them)");
        }
        return store.changeOffer(id, d.departsAt() != null ? Ist.of(d.departsAt()) : o.departsAt(),
                d.truck() != null ? d.truck().strip() : o.truck(), new Room(bags, kg),
                d.terms() != null ? terms(d.terms()) : o.terms(), now);
    }

    public record Withdrawal(CapacityStore.Offer offer, int bagsReleased, BagAllocation.AllocationReport reallocation) {
    }

    /** Withdraws an offer before its departure; the bags on it are allocated again at once. */
    @Transactional
    public Withdrawal withdraw(long id, String party, OffsetDateTime at) {
        LocalDateTime now = at == null ? Ist.now(clock) : Ist.of(at);
        store.lock();
        CapacityStore.Offer o = owned(id, party);
        beforeDeparture(o, now, "withdrawn");
        store.withdrawOffer(id, now);
        List<String> released = store.release(id);
        BagAllocation.AllocationReport report = allocation.reallocate(now, List.of(o.laneId()), Set.copyOf(released));
        return new Withdrawal(store.offer(id).orElseThrow(), released.size(), report);
    }

    /** An offer with its use; a shipper sees its own offers only ({@code party} empty: an operator sees all). */
    @Transactional(readOnly = true)
    public OfferView view(long id, Optional<String> party) {
        CapacityStore.Offer o = store.offer(id).filter(x -> party.map(p -> p.equals(x.party())).orElse(true))
                .orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no offer " + id + " of yours"));
        return new OfferView(o, used(o), store.uses(id));
    }

    @Transactional(readOnly = true)
    public List<CapacityStore.Offer> list(Optional<String> party, Optional<String> lane, OffsetDateTime from, OffsetDateTime to) {
        return store.offers(party, lane, Ist.of(from), Ist.of(to));
    }

    private Room used(CapacityStore.Offer o) {
        int bags = 0, kg = 0;
        for (CapacityStore.Used u : store.used(List.of(o.laneId()), o.departsAt(), o.departsAt().plusMinutes(1))) {
            if (u.offerId().equals(Optional.of(o.id()))) {
                bags += u.bags();
                kg += u.kg();
            }
        }
        return new Room(bags, kg);
    }

    private CapacityStore.Offer owned(long id, String party) {
        CapacityStore.Offer o = store.offer(id)
                .orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no offer has id " + id));
        if (party != null && !party.equals(o.party())) {
            throw new NotFoundException("id", Long.toString(id), "no offer " + id + " of party " + party);
        }
        return o;
    }

    private static void beforeDeparture(CapacityStore.Offer o, LocalDateTime now, String what) {
        if (!o.open()) {
            throw new ConflictException("id", Long.toString(o.id()), "offer " + o.id() + " was withdrawn already");
        }
        if (!now.isBefore(o.departsAt())) {
            throw new ConflictException("id", Long.toString(o.id()), "offer " + o.id() + " departed at " + Ist.at(o.departsAt())
                    + "; it can be " + what + " only before its departure");
        }
    }

    private static void checkDeparture(Violations v, OffsetDateTime departsAt, LocalDateTime now) {
        if (departsAt == null) {
            v.add("departsAt", null, "the truck's departure is required, e.g. 2026-11-24T21:00:00+05:30");
        } else if (!Ist.of(departsAt).isAfter(now) || Ist.of(departsAt).isAfter(now.plusDays(90))) {
            v.add("departsAt", departsAt, "a departure after now and within 90 days");
        }
    }

    private static void checkTruck(Violations v, String truck) {
        if (truck == null || truck.isBlank() || truck.strip().length() > 60) {
            v.add("truck", truck, "the truck (registration or description) is required, at most 60 characters");
        }
    }

    private static void checkRoom(Violations v, Integer bags, Integer kg) {
        if (bags == null || bags < 1 || bags > MAX_BAGS) {
            v.add("bags", bags, "room for 1 to " + MAX_BAGS + " bags");
        }
        if (kg == null || kg < 1 || kg > MAX_KG) {
            v.add("kg", kg, "room for 1 to " + MAX_KG + " kg");
        }
    }

    private static void checkTerms(Violations v, String terms) {
        if (terms != null && terms.length() > 500) {
            v.add("terms", terms.substring(0, 40) + "...", "at most 500 characters");
        }
    }

    private static Optional<String> terms(String terms) {
        return terms == null || terms.isBlank() ? Optional.empty() : Optional.of(terms.strip());
    }

    static void requireParty(String party) {
        if (party == null || party.isBlank()) {
            throw new InvalidValueException("party", String.valueOf(party), "an offer belongs to a party");
        }
    }
}
