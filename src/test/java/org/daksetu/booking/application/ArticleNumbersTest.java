package org.daksetu.booking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.booking.domain.ArticleSeries;
import org.daksetu.booking.domain.SerialAllocation;
import org.daksetu.booking.domain.SerialRange;
import org.daksetu.booking.domain.SeriesPosition;
import org.daksetu.booking.domain.Service;
import org.junit.jupiter.api.Test;

class ArticleNumbersTest {

    /** The store's allocation, in memory: the same plan as in PostgreSQL, and a log of every call. */
    static final class InMemoryStore implements ArticleNumberStore {
        final List<SeriesPosition> positions = new ArrayList<>(List.of(
                new SeriesPosition(new ArticleSeries("EK", Service.SPEED_POST_PARCEL, 1, 99_999_999), 1, 0)));
        final List<Integer> calls = new ArrayList<>();
        Instant lastReusableBefore;

        @Override
        public void sync(List<ArticleSeries> series) {
        }

        @Override
        public List<SerialRange> allocate(Service service, int count, Instant now, Instant reusableBefore) {
            calls.add(count);
            lastReusableBefore = reusableBefore;
            var plan = SerialAllocation.plan(positions, count, reusableBefore, (p, c, f, l) -> Optional.empty()).orElseThrow();
            plan.positions().forEach(moved -> positions.replaceAll(p -> p.series().equals(moved.series()) ? moved : p));
            return plan.ranges();
        }

        @Override
        public Reservation reserve(String shipper, Service service, int count, Instant now, Instant expiresAt, Instant reusableBefore) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Reservation> reservations(String shipper, int limit) {
            return List.of();
        }

        @Override
        public Optional<Reservation> reservation(String shipper, long id) {
            return Optional.empty();
        }

        @Override
        public List<Reservation> validReservations(String shipper, Instant now) {
            return List.of();
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T06:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    InMemoryStore store = new InMemoryStore();
    MovableClock clock = new MovableClock();
    ArticleNumbers numbers = new ArticleNumbers(store, new ArticleNumberSettings("IN", 50, Duration.ofHours(1), Period.ofMonths(12),
            Duration.ofDays(90), List.of(new ArticleSeries("EK", Service.SPEED_POST_PARCEL, 1, 99_999_999))), clock);

    @Test
    void single_bookings_take_their_numbers_from_the_nodes_block_without_asking_the_store_each_time() {
        List<ArticleNumbers.Allocated> got = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            got.addAll(numbers.allocate(Service.SPEED_POST_PARCEL, 1));
        }
        got.addAll(numbers.allocate(Service.SPEED_POST_PARCEL, 25));
        assertThat(store.calls).containsExactly(50, 50);
        assertThat(got).extracting(a -> a.number().serial()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 55).boxed().toList());
    }

    @Test
    void a_bulk_request_of_a_block_or_more_goes_to_the_store_once_for_exactly_its_size() {
        numbers.allocate(Service.SPEED_POST_PARCEL, 1);
        List<ArticleNumbers.Allocated> bulk = numbers.allocate(Service.SPEED_POST_PARCEL, 10_000);
        assertThat(store.calls).containsExactly(50, 10_000);
        assertThat(bulk).hasSize(10_000);
        assertThat(bulk.getFirst().number().serial()).isEqualTo(51);
    }

    @Test
    void serials_kept_longer_than_the_block_lifetime_are_dropped_never_handed_out_late() {
        numbers.allocate(Service.SPEED_POST_PARCEL, 1);
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(numbers.allocate(Service.SPEED_POST_PARCEL, 1).getFirst().number().serial()).isEqualTo(51);
    }

    @Test
    void a_serial_may_come_back_only_after_twelve_months_plus_the_longest_a_number_can_wait() {
        numbers.allocate(Service.SPEED_POST_PARCEL, 1);
        Instant expected = Instant.parse("2025-11-21T06:00:00Z").minus(Duration.ofDays(90)).minus(Duration.ofHours(1));
        assertThat(store.lastReusableBefore).isEqualTo(expected);
    }
}
