package org.daksetu.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per allocation rule: the situation and the exact outcome. */
class AllocatorTest {

    static final String LANE = "H1-110001~H1-400001~ROAD";
    static final LocalDateTime MON = LocalDateTime.of(2026, 11, 23, 23, 30);
    static final LocalDate EDD = LocalDate.of(2026, 11, 27);

    static Slot own(LocalDateTime departs, int bags, int kg) {
        return new Slot(LANE, departs, departs.minusHours(1), Optional.empty(), "INDIA-POST", new Room(bags, kg));
    }

    static Slot offer(long id, LocalDateTime departs, int bags, int kg) {
        return new Slot(LANE, departs, departs.minusHours(1), Optional.of(id), "MKT", new Room(bags, kg));
    }

    static WaitingBag bag(String id, LocalDateTime closed, int kg, LocalDate edd) {
        return new WaitingBag(id, LANE, closed, kg, edd, MON);
    }

    static Map<String, Optional<LocalDateTime>> where(List<Placement> placements) {
        return placements.stream().collect(Collectors.toMap(p -> p.bag().bag(), p -> p.slot().map(Slot::departsAt)));
    }

    @Test
    void capacity_is_never_exceeded_three_bags_for_two_places_leave_one_for_the_next_day() {
        List<Placement> p = Allocator.allocate(List.of(bag("A", MON.minusHours(5), 20, EDD), bag("B", MON.minusHours(4), 20, EDD),
                bag("C", MON.minusHours(3), 20, EDD)), List.of(own(MON, 2, 1000), own(MON.plusDays(1), 2, 1000)));
        assertThat(where(p)).containsEntry("A", Optional.of(MON)).containsEntry("B", Optional.of(MON))
                .containsEntry("C", Optional.of(MON.plusDays(1)));
        assertThat(p.stream().filter(x -> x.bag().bag().equals("C")).findFirst().orElseThrow().delayDays()).isEqualTo(1);
    }

    @Test
    void kilograms_limit_too_a_bag_heavier_than_the_room_left_waits_while_a_lighter_one_behind_it_rides() {
        List<Placement> p = Allocator.allocate(List.of(bag("HEAVY", MON.minusHours(5), 30, EDD), bag("FIRST", MON.minusHours(6), 25, EDD),
                bag("LIGHT", MON.minusHours(4), 10, EDD)), List.of(own(MON, 3, 40)));
        assertThat(where(p)).containsEntry("FIRST", Optional.of(MON)).containsEntry("HEAVY", Optional.empty())
                .containsEntry("LIGHT", Optional.of(MON));
    }

    @Test
    void priority_the_bag_whose_promise_comes_first_rides_even_when_closed_last() {
        List<Placement> p = Allocator.allocate(List.of(bag("EARLY-CLOSED", MON.minusHours(6), 10, EDD.plusDays(2)),
                bag("AT-RISK", MON.minusHours(2), 10, EDD)), List.of(own(MON, 1, 100), own(MON.plusDays(1), 1, 100)));
        assertThat(where(p)).containsEntry("AT-RISK", Optional.of(MON)).containsEntry("EARLY-CLOSED", Optional.of(MON.plusDays(1)));
    }

    @Test
    void cut_off_a_bag_closed_after_the_cut_off_takes_the_next_departure_even_with_room_left() {
        List<Placement> p = Allocator.allocate(List.of(bag("LATE", MON.minusMinutes(30), 10, EDD)),
                List.of(own(MON, 10, 100), own(MON.plusDays(1), 10, 100)));
        assertThat(where(p)).containsEntry("LATE", Optional.of(MON.plusDays(1)));
    }

    @Test
    void own_capacity_first_then_offered_then_the_next_day() {
        List<Placement> p = Allocator.allocate(List.of(bag("A", MON.minusHours(5), 10, EDD), bag("B", MON.minusHours(5), 10, EDD.plusDays(1)),
                        bag("C", MON.minusHours(5), 10, EDD.plusDays(2))),
                List.of(offer(7, MON.plusMinutes(30), 1, 100), own(MON, 1, 100), own(MON.plusDays(1), 5, 100)));
        assertThat(where(p)).containsEntry("A", Optional.of(MON)).containsEntry("B", Optional.of(MON.plusMinutes(30)))
                .containsEntry("C", Optional.of(MON.plusDays(1)));
        assertThat(p.stream().filter(x -> x.bag().bag().equals("B")).findFirst().orElseThrow().slot().orElseThrow().offerId())
                .contains(7L);
    }

    @Test
    void a_bag_that_fits_nowhere_keeps_waiting_without_delay_days() {
        List<Placement> p = Allocator.allocate(List.of(bag("A", MON.minusHours(5), 10, EDD)), List.of(own(MON, 0, 0)));
        assertThat(p.getFirst().slot()).isEmpty();
        assertThat(p.getFirst().delayDays()).isZero();
        assertThat(p.getFirst().overflowed()).isTrue();
    }
}
