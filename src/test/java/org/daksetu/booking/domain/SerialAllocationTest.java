package org.daksetu.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.daksetu.shared.ArticleNumber;
import org.junit.jupiter.api.Test;

class SerialAllocationTest {

    static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");
    static final Instant REUSABLE_BEFORE = NOW.minus(Duration.ofDays(455));
    static final SerialAllocation.History NEVER_USED = (prefix, cycle, first, last) -> Optional.empty();

    static ArticleSeries aSeries(String prefix, int first, int last) {
        return new ArticleSeries(prefix, Service.SPEED_POST_PARCEL, first, last);
    }

    @Test
    void numbers_come_from_the_first_series_in_order() {
        var plan = SerialAllocation.plan(List.of(new SeriesPosition(aSeries("EK", 1, 1000), 11, 0)), 5, REUSABLE_BEFORE, NEVER_USED)
                .orElseThrow();
        assertThat(plan.ranges()).containsExactly(new SerialRange("EK", 0, 11, 15));
        assertThat(plan.positions()).containsExactly(new SeriesPosition(aSeries("EK", 1, 1000), 16, 0));
        assertThat(plan.ranges().getFirst().numbers("IN")).extracting(ArticleNumber::value)
                .first().isEqualTo(ArticleNumber.of("EK", 11, "IN").value());
    }

    @Test
    void a_series_running_out_continues_in_the_next_one() {
        List<SeriesPosition> series = List.of(new SeriesPosition(aSeries("EK", 1, 100), 98, 0),
                new SeriesPosition(aSeries("EL", 1, 100), 1, 0));
        // EK may not start again yet: its first serials were used a month ago.
        SerialAllocation.History recent = (prefix, cycle, first, last) -> Optional.of(NOW.minus(Duration.ofDays(30)));
        var plan = SerialAllocation.plan(series, 10, REUSABLE_BEFORE, recent).orElseThrow();
        assertThat(plan.ranges()).containsExactly(new SerialRange("EK", 0, 98, 100), new SerialRange("EL", 0, 1, 7));
        assertThat(plan.positions()).containsExactly(new SeriesPosition(aSeries("EK", 1, 100), 101, 0),
                new SeriesPosition(aSeries("EL", 1, 100), 8, 0));
    }

    @Test
    void an_exhausted_series_starts_a_new_cycle_once_its_numbers_are_old_enough() {
        SerialAllocation.History longAgo = (prefix, cycle, first, last) -> Optional.of(NOW.minus(Duration.ofDays(800)));
        var plan = SerialAllocation.plan(List.of(new SeriesPosition(aSeries("EK", 1, 100), 101, 0)), 3, REUSABLE_BEFORE, longAgo)
                .orElseThrow();
        assertThat(plan.ranges()).containsExactly(new SerialRange("EK", 1, 1, 3));
        assertThat(plan.positions()).containsExactly(new SeriesPosition(aSeries("EK", 1, 100), 4, 1));
    }

    @Test
    void numbers_used_within_the_reuse_age_are_never_handed_out_again() {
        SerialAllocation.History recent = (prefix, cycle, first, last) -> Optional.of(NOW.minus(Duration.ofDays(364)));
        assertThat(SerialAllocation.plan(List.of(new SeriesPosition(aSeries("EK", 1, 100), 101, 0)), 1, REUSABLE_BEFORE, recent))
                .isEmpty();
    }

    @Property
    void allocations_never_hand_out_a_number_twice_in_a_cycle(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 70) Integer> requests) {
        List<SeriesPosition> positions = new ArrayList<>(List.of(new SeriesPosition(aSeries("EK", 0, 199), 0, 0),
                new SeriesPosition(aSeries("EL", 500, 699), 500, 0)));
        Set<String> seen = new HashSet<>();
        int handedOut = 0;
        for (int n : requests) {
            // Every serial was used just now: no series may start a new cycle.
            var plan = SerialAllocation.plan(positions, n, REUSABLE_BEFORE, (p, c, f, l) -> Optional.of(NOW));
            if (plan.isEmpty()) {
                assertThat(handedOut + n).isGreaterThan(400);
                continue;
            }
            assertThat(plan.get().count()).isEqualTo(n);
            for (SerialRange r : plan.get().ranges()) {
                for (int s = r.first(); s <= r.last(); s++) {
                    assertThat(seen.add(r.prefix() + s)).as("%s%d handed out twice", r.prefix(), s).isTrue();
                }
            }
            handedOut += n;
            for (SeriesPosition moved : plan.get().positions()) {
                positions.replaceAll(p -> p.series().equals(moved.series()) ? moved : p);
            }
        }
    }
}
