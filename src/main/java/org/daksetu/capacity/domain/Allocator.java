package org.daksetu.capacity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The allocation rules for one lane (docs/CAPACITY.md):
 * <ol>
 * <li>By cut-off: departures are filled in time order, a bag rides only a departure whose cut-off it
 * made. The lane's own departures set the rhythm: the trucks offered between one own departure and
 * the next are the overflow of the first, filled right after it.</li>
 * <li>By priority: among the bags that made a departure's cut-off, the most urgent first
 * ({@link WaitingBag#PRIORITY}); a bag that does not fit does not stop a smaller one behind it.</li>
 * <li>Own capacity first: each own departure is filled before the trucks offered after it (in order
 * of departure); trucks offered before the first own departure come first.</li>
 * <li>Overflow: what does not fit rolls on to the next departure; what fits nowhere keeps waiting.</li>
 * </ol>
 * Room is never exceeded: each placement takes one bag and its kilograms from what is left.
 */
public final class Allocator {

    private Allocator() {
    }

    public static List<Placement> allocate(List<WaitingBag> bags, List<Slot> slots) {
        List<WaitingBag> queue = new ArrayList<>(bags);
        queue.sort(WaitingBag.PRIORITY);
        List<Slot> order = inWaves(slots);
        Slot[] placedIn = new Slot[queue.size()];
        int smallestKg = queue.stream().mapToInt(WaitingBag::kg).min().orElse(0);
        int unplaced = queue.size();
        for (Slot slot : order) {
            if (unplaced == 0) {
                break;
            }
            Room room = slot.room();
            for (int i = 0; i < queue.size() && room.fits(smallestKg); i++) {
                WaitingBag bag = queue.get(i);
                if (placedIn[i] == null && slot.takes(bag) && room.fits(bag.kg())) {
                    room = room.take(bag.kg());
                    placedIn[i] = slot;
                    unplaced--;
                }
            }
        }
        List<Placement> out = new ArrayList<>(queue.size());
        for (int i = 0; i < queue.size(); i++) {
            out.add(new Placement(queue.get(i), Optional.ofNullable(placedIn[i])));
        }
        return out;
    }

    /** Each own departure followed by the offers departing after it and before the next own one. */
    static List<Slot> inWaves(List<Slot> slots) {
        List<Slot> own = slots.stream().filter(Slot::own).sorted(Comparator.comparing(Slot::departsAt)).toList();
        List<Slot> offers = new ArrayList<>(slots.stream().filter(s -> !s.own()).toList());
        offers.sort(Comparator.comparing(Slot::departsAt).thenComparing(s -> s.offerId().orElseThrow()));
        List<Slot> order = new ArrayList<>(slots.size());
        int next = 0;
        while (next < offers.size() && (own.isEmpty() || offers.get(next).departsAt().isBefore(own.getFirst().departsAt()))) {
            order.add(offers.get(next++));
        }
        for (int k = 0; k < own.size(); k++) {
            order.add(own.get(k));
            while (next < offers.size() && (k + 1 == own.size() || offers.get(next).departsAt().isBefore(own.get(k + 1).departsAt()))) {
                order.add(offers.get(next++));
            }
        }
        return order;
    }
}
