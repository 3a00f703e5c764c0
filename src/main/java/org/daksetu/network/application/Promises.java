package org.daksetu.network.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.PromiseMatrix;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Pin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The delivery promise from every pickup point to every PIN. The matrix is rebuilt whole, in
 * memory, whenever the offices, the pickup points, the lanes or the calendar change, and
 * swapped in at once.
 */
@Service
public class Promises implements DeliveryPromises {

    private static final Logger log = LoggerFactory.getLogger(Promises.class);
    /** How far from now a handover may lie: a day back (late bookings), 90 days ahead (planned sales). */
    static final Duration PAST_LIMIT = Duration.ofDays(1), FUTURE_LIMIT = Duration.ofDays(90);

    private final NetworkDirectory network;
    private final PickupPoints pickupPoints;
    private final TransmissionStore store;
    private final RoutingRules rules;
    private final Clock clock;
    private final AtomicReference<PromiseMatrix> matrix = new AtomicReference<>();

    public Promises(NetworkDirectory network, PickupPoints pickupPoints, TransmissionStore store, RoutingRules rules, Clock clock) {
        this.network = network;
        this.pickupPoints = pickupPoints;
        this.store = store;
        this.rules = rules;
        this.clock = clock;
        network.onChange(this::rebuild);
        pickupPoints.onChange(this::rebuild);
    }

    /** Plans every pickup point to every PIN again from the stored network. */
    public synchronized PromiseMatrix rebuild() {
        long t = System.nanoTime();
        PromiseMatrix built = new PromiseMatrix(network.snapshot().version(), network.snapshot(), store.load(),
                pickupPoints.list(true), store.calendar(), rules, referenceHandover());
        matrix.set(built);
        log.info("Delivery promise matrix built: {} pickup points x {} PINs in {} ms", built.pickupPoints().size(),
                built.pins().length, (System.nanoTime() - t) / 1_000_000);
        return built;
    }

    /** Routes are planned for a handover at noon on the coming Monday; see docs/ROUTING.md. */
    LocalDateTime referenceHandover() {
        LocalDate monday = LocalDate.now(clock.withZone(RoutingRules.IST)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return monday.atTime(LocalTime.NOON);
    }

    public PromiseMatrix matrix() {
        PromiseMatrix m = matrix.get();
        return m != null ? m : rebuild();
    }

    @Override
    public DeliveryPromise promise(String pickupPointCode, Pin destination, OffsetDateTime handoverAt) {
        checkHandover(handoverAt);
        PromiseMatrix m = matrix();
        checkPickupPoint(m, pickupPointCode);
        network.profile(destination);
        return m.promise(pickupPointCode, destination, handoverAt).orElseThrow(() -> new InvalidValueException("to",
                destination.toString(), m.unreachable(pickupPointCode, destination).orElse("no date can be promised")));
    }

    /** The EDD for many PINs from one pickup point; an unreachable PIN is answered with its reason. */
    public List<BulkAnswer> promiseMany(String pickupPointCode, List<Pin> destinations, OffsetDateTime handoverAt) {
        checkHandover(handoverAt);
        PromiseMatrix m = matrix();
        checkPickupPoint(m, pickupPointCode);
        LocalDate handoverDay = handoverAt.atZoneSameInstant(RoutingRules.IST).toLocalDate();
        return destinations.stream().map(pin -> {
            var reason = m.unreachable(pickupPointCode, pin);
            if (reason.isPresent()) {
                return new BulkAnswer(pin, null, null, null, reason.get());
            }
            long day = m.eddEpochDay(pickupPointCode, pin, handoverAt);
            if (day < 0) {
                return new BulkAnswer(pin, null, null, null, "no departure within three weeks");
            }
            return new BulkAnswer(pin, LocalDate.ofEpochDay(day), (int) (day - handoverDay.toEpochDay()),
                    m.zone(pickupPointCode, pin).name(), null);
        }).toList();
    }

    public record BulkAnswer(Pin pin, LocalDate edd, Integer transitDays, String zone, String reason) {
    }

    public List<PromiseMatrix.Unreachable> unreachable(String pickupPointCode) {
        PromiseMatrix m = matrix();
        checkPickupPoint(m, pickupPointCode);
        return m.unreachablePairs(pickupPointCode);
    }

    private void checkPickupPoint(PromiseMatrix m, String code) {
        if (!m.pickupPoints().contains(code)) {
            PickupPoint point = pickupPoints.list(true).stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElseThrow(() -> new NotFoundException("from", code, "no pickup point has code " + code));
            throw new InvalidValueException("from", code, "pickup point " + code + " was retired on " + point.retiredOn().orElseThrow());
        }
    }

    private void checkHandover(OffsetDateTime at) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (at.isBefore(now.minus(PAST_LIMIT)) || at.isAfter(now.plus(FUTURE_LIMIT))) {
            throw new InvalidValueException("at", at.toString(), "a handover time lies between one day ago and 90 days ahead");
        }
    }
}
