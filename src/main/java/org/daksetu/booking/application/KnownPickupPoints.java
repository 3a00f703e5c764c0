package org.daksetu.booking.application;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.domain.PickupPoint;
import org.springframework.stereotype.Component;

/**
 * The pickup points as booking reads them on every request: held in memory, replaced when this
 * node changes one (the network tells its listeners) and at least every 30 seconds, so another
 * node's change shows here within that time.
 */
@Component
public class KnownPickupPoints {

    static final long REFRESH_NANOS = 30_000_000_000L;

    private record Loaded(Map<String, PickupPoint> byCode, long at) {
    }

    private final PickupPoints pickupPoints;
    private volatile Loaded loaded;

    public KnownPickupPoints(PickupPoints pickupPoints) {
        this.pickupPoints = pickupPoints;
        pickupPoints.onChange(() -> loaded = null);
    }

    public Optional<PickupPoint> find(String code) {
        Loaded l = loaded;
        if (l == null || System.nanoTime() - l.at() > REFRESH_NANOS) {
            l = new Loaded(pickupPoints.list(true).stream().collect(Collectors.toUnmodifiableMap(PickupPoint::code,
                    Function.identity())), System.nanoTime());
            loaded = l;
        }
        return Optional.ofNullable(l.byCode().get(code));
    }
}
