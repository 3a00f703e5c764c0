package org.daksetu.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.booking.domain.ArticleSeries;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.SerialRange;
import org.daksetu.booking.domain.Service;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;

/**
 * S10 article numbers from the configured series, handed out in blocks. A node takes a block of
 * serials from the database in one short transaction and hands them out from memory, so single
 * bookings cost no round trip for their number; a bulk booking takes exactly what it needs in
 * one. Serials a node never uses (it stopped, or kept them longer than the block lifetime) are
 * skipped, never handed out again: numbers have gaps, never duplicates.
 */
@org.springframework.stereotype.Service
public class ArticleNumbers {

    public static final int MAX_RESERVATION = 10_000;

    /** A number and the cycle of its series it belongs to (unique together). */
    public record Allocated(ArticleNumber number, int cycle) {
    }

    private record Block(SerialRange range, Instant takenAt) {
    }

    private final ArticleNumberStore store;
    private final ArticleNumberSettings settings;
    private final Clock clock;
    private final Map<Service, Deque<Block>> cached = new EnumMap<>(Service.class);

    public ArticleNumbers(ArticleNumberStore store, ArticleNumberSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        for (Service s : Service.values()) {
            cached.put(s, new ArrayDeque<>());
        }
    }

    public ArticleNumberSettings settings() {
        return settings;
    }

    /** Writes the configured series to the store; run once at start. */
    public void syncSeries() {
        for (Service s : Service.values()) {
            if (settings.series().stream().noneMatch(a -> a.service() == s)) {
                throw new IllegalStateException("no S10 series is configured for " + s + " (daksetu.booking.article-numbers.series)");
            }
        }
        store.sync(settings.series());
    }

    /**
     * Hands out {@code count} new numbers of a service. Small requests come from the node's block;
     * a request larger than a block goes to the database once, for exactly its size.
     */
    public List<Allocated> allocate(Service service, int count) {
        List<Allocated> out = new ArrayList<>(count);
        if (count <= 0) {
            return out;
        }
        if (count >= settings.blockSize()) {
            for (SerialRange r : store.allocate(service, count, clock.instant(), reusableBefore())) {
                add(out, r, r.size());
            }
            return out;
        }
        Deque<Block> blocks = cached.get(service);
        synchronized (blocks) {
            Instant staleBefore = clock.instant().minus(settings.blockLifetime());
            while (out.size() < count) {
                Block head = blocks.peekFirst();
                if (head == null || head.takenAt().isBefore(staleBefore)) {
                    blocks.clear();
                    for (SerialRange r : store.allocate(service, settings.blockSize(), clock.instant(), reusableBefore())) {
                        blocks.addLast(new Block(r, clock.instant()));
                    }
                    continue;
                }
                int take = Math.min(count - out.size(), head.range().size());
                add(out, head.range(), take);
                blocks.pollFirst();
                head.range().after(take).ifPresent(rest -> blocks.addFirst(new Block(rest, head.takenAt())));
            }
        }
        return out;
    }

    private void add(List<Allocated> out, SerialRange range, int count) {
        for (int i = 0; i < count; i++) {
            out.add(new Allocated(range.number(i, settings.country()), range.cycle()));
        }
    }

    /**
     * The oldest a previous use may be for a serial to be handed out again: the reuse period, plus
     * the longest a number may wait before it is printed (a reservation's validity, a node's block).
     */
    Instant reusableBefore() {
        Instant now = clock.instant();
        Instant minusPeriod = now.atZone(IndianTime.ZONE).minus(settings.reuseAfter()).toInstant();
        return minusPeriod.minus(settings.reservationValidity()).minus(settings.blockLifetime());
    }

    public Reservation reserve(String shipper, Service service, int count) {
        if (count < 1 || count > MAX_RESERVATION) {
            new Violations().add("count", count, "reserve 1 to " + MAX_RESERVATION + " numbers at a time").throwIfAny();
        }
        Instant now = clock.instant();
        return store.reserve(shipper, service, count, now, now.plus(settings.reservationValidity()), reusableBefore());
    }

    public List<Reservation> reservations(String shipper) {
        return store.reservations(shipper, 100);
    }

    public Reservation reservation(String shipper, long id) {
        return store.reservation(shipper, id)
                .orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no reservation " + id + " of yours"));
    }

    /** Which of the shipper's reserved ranges (still valid) holds the number, for the service. */
    public Optional<Allocated> reservedBy(List<Reservation> valid, Service service, ArticleNumber number) {
        for (Reservation r : valid) {
            if (r.service() != service) {
                continue;
            }
            for (SerialRange range : r.ranges()) {
                if (range.prefix().equals(number.serviceIndicator()) && range.contains(number.serial())
                        && number.country().equals(settings.country())) {
                    return Optional.of(new Allocated(number, range.cycle()));
                }
            }
        }
        return Optional.empty();
    }

    public List<Reservation> validReservations(String shipper) {
        return store.validReservations(shipper, clock.instant());
    }

    /** The series a service indicator belongs to, if it is one of the configured ones. */
    public Optional<ArticleSeries> seriesOf(ArticleNumber number) {
        return settings.series().stream()
                .filter(s -> s.prefix().equals(number.serviceIndicator()) && number.serial() >= s.firstSerial()
                        && number.serial() <= s.lastSerial())
                .findFirst();
    }
}
