package org.daksetu.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The allocation rules over random bags and departures. */
class AllocatorProperties {

    static final LocalDateTime BASE = LocalDateTime.of(2026, 11, 23, 0, 0);

    record Case(List<WaitingBag> bags, List<Slot> slots) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<WaitingBag> bag = Combinators.combine(Arbitraries.integers().between(0, 72 * 60),
                Arbitraries.integers().between(1, 50), Arbitraries.integers().between(0, 6),
                Arbitraries.strings().alpha().ofLength(6)).as((closed, kg, edd, id) ->
                new WaitingBag(id, "L", BASE.plusMinutes(closed), kg, LocalDate.of(2026, 11, 25).plusDays(edd), BASE.plusHours(23)));
        Arbitrary<Slot> slot = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(-1, 5)).as((day, bags, kg, offer) -> {
            LocalDateTime departs = BASE.plusDays(day).plusHours(offer < 0 ? 23 : 20 + offer % 4);
            return new Slot("L", departs, departs.minusHours(1), offer < 0 ? Optional.empty() : Optional.of((long) day * 10 + offer),
                    offer < 0 ? "INDIA-POST" : "MKT", new Room(bags, kg));
        });
        return Combinators.combine(bag.list().ofMaxSize(40).uniqueElements(WaitingBag::bag), slot.list().ofMaxSize(8)
                .uniqueElements(s -> s.departsAt() + "|" + s.offerId())).as(Case::new);
    }

    @Property
    void room_is_never_exceeded_and_each_bag_rides_at_most_once_after_making_the_cut_off(@ForAll("cases") Case c) {
        List<Placement> placements = Allocator.allocate(c.bags(), c.slots());
        assertThat(placements).hasSize(c.bags().size());
        Map<Slot, int[]> load = new HashMap<>();
        for (Placement p : placements) {
            p.slot().ifPresent(s -> {
                assertThat(p.bag().closedAt()).isBeforeOrEqualTo(s.cutoff());
                int[] l = load.computeIfAbsent(s, k -> new int[2]);
                l[0]++;
                l[1] += p.bag().kg();
            });
        }
        load.forEach((s, l) -> {
            assertThat(l[0]).isLessThanOrEqualTo(s.room().bags());
            assertThat(l[1]).isLessThanOrEqualTo(s.room().kg());
        });
    }

    @Property
    void a_more_urgent_bag_passed_over_for_a_less_urgent_one_was_heavier(@ForAll("cases") Case c) {
        List<Placement> placements = Allocator.allocate(c.bags(), c.slots());
        List<Placement> placed = new ArrayList<>(placements.stream().filter(p -> p.slot().isPresent()).toList());
        for (Placement lower : placed) {
            Slot s = lower.slot().orElseThrow();
            for (Placement higher : placements) {
                boolean moreUrgent = WaitingBag.PRIORITY.compare(higher.bag(), lower.bag()) < 0;
                boolean couldHaveRidden = s.takes(higher.bag());
                boolean rodeLater = higher.slot().map(h -> h.departsAt().isAfter(s.departsAt()))
                        .orElse(true);
                if (moreUrgent && couldHaveRidden && rodeLater) {
                    assertThat(higher.bag().kg()).as("%s passed over for %s on %s", higher.bag(), lower.bag(), s)
                            .isGreaterThan(lower.bag().kg());
                }
            }
        }
    }
}
