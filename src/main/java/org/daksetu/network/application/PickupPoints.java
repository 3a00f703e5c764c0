package org.daksetu.network.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.NearestOffice;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The shipper's pickup points: listed by anyone, added, changed and retired by admins. */
@Service
public class PickupPoints {

    private static final Logger log = LoggerFactory.getLogger(PickupPoints.class);
    /** India's extent with a margin: a point outside it is a typo, not a fulfilment centre. */
    private static final double MIN_LAT = 6, MAX_LAT = 37.5, MIN_LON = 68, MAX_LON = 97.5;

    private final PickupPointStore store;
    private final NetworkDirectory network;
    private final Clock clock;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Every pickup point by code, for the hot paths (booking, labels); see {@link #find}. */
    private volatile Known known;

    private record Known(java.util.Map<String, PickupPoint> byCode, long at) {
    }

    /** How long another node's change may take to show on this one. */
    static final long REFRESH_NANOS = 30_000_000_000L;

    public PickupPoints(PickupPointStore store, NetworkDirectory network, Clock clock) {
        this.store = store;
        this.network = network;
        this.clock = clock;
    }

    /** Called after any pickup point was added, changed, retired or re-tied. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private <T> T changed(T result) {
        known = null;
        listeners.forEach(Runnable::run);
        return result;
    }

    public List<PickupPoint> list(boolean includeRetired) {
        LocalDate today = LocalDate.now(clock);
        return store.findAll().stream()
                .filter(p -> includeRetired || p.retiredOn().map(today::isBefore).orElse(true))
                .sorted(Comparator.comparing(PickupPoint::code))
                .toList();
    }

    /**
     * A pickup point, retired or not, from memory: replaced at once when this node changes one and
     * at least every 30 seconds, so another node's change shows here within that time. Booking
     * asks this on every request.
     */
    public Optional<PickupPoint> find(String code) {
        Known k = known;
        if (k == null || System.nanoTime() - k.at() > REFRESH_NANOS) {
            k = new Known(store.findAll().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(PickupPoint::code,
                    java.util.function.Function.identity())), System.nanoTime());
            known = k;
        }
        return Optional.ofNullable(k.byCode().get(code));
    }

    public PickupPoint get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("code", code, "no pickup point has code " + code));
    }

    public PickupPoint add(PickupPointDraft draft) {
        PickupPoint point = validated(draft, Optional.empty());
        if (!store.insert(point)) {
            throw new ConflictException("code", point.code(), "a pickup point with code " + point.code() + " exists already");
        }
        log.info("Pickup point {} added, tied to office {}", point.code(), point.officeId());
        return changed(point);
    }

    public PickupPoint change(String code, PickupPointDraft draft, Optional<Integer> expectedVersion) {
        PickupPoint current = get(code);
        if (draft.code() != null && !draft.code().equals(code)) {
            new Violations().add("code", draft.code(), "the code of a pickup point cannot change (path says " + code + ")").throwIfAny();
        }
        int version = expectedVersion.orElse(current.version());
        if (version != current.version()) {
            throw new ConflictException("version", String.valueOf(version),
                    "pickup point " + code + " is at version " + current.version() + ", not " + version);
        }
        PickupPoint changed = validated(draft, Optional.of(current));
        if (!store.update(changed, version)) {
            throw new ConflictException("version", String.valueOf(version), "pickup point " + code + " was changed meanwhile");
        }
        return changed(get(code));
    }

    public PickupPoint retire(String code, Optional<LocalDate> on) {
        PickupPoint current = get(code);
        LocalDate day = on.orElse(LocalDate.now(clock));
        if (current.retiredOn().isPresent()) {
            return current;
        }
        if (day.isBefore(current.openedOn())) {
            new Violations().add("retiredOn", day, "must not be before the pickup point opened on " + current.openedOn()).throwIfAny();
        }
        PickupPoint retired = new PickupPoint(current.code(), current.name(), current.city(), current.address(), current.pin(),
                current.location(), current.officeId(), current.officeDistanceKm(), current.openedOn(), Optional.of(day),
                current.version());
        if (!store.update(retired, current.version())) {
            throw new ConflictException("code", code, "pickup point " + code + " was changed meanwhile");
        }
        return changed(get(code));
    }

    /** Adds the pickup points of a dataset that the store does not have yet. */
    public int seed(List<PickupPointDraft> drafts) {
        int added = 0;
        for (PickupPointDraft draft : drafts) {
            if (store.find(draft.code()).isEmpty() && store.insert(validated(draft, Optional.empty()))) {
                added++;
            }
        }
        return changed(added);
    }

    /** After a new network: ties every pickup point again to the office now nearest to it. */
    public void retieAll() {
        NetworkSnapshot snapshot = network.snapshot();
        for (PickupPoint p : store.findAll()) {
            NearestOffice.to(p.location(), snapshot.offices()).ifPresent(match -> {
                if (match.office().id() != p.officeId()) {
                    store.update(new PickupPoint(p.code(), p.name(), p.city(), p.address(), p.pin(), p.location(),
                            match.office().id(), match.distanceKm(), p.openedOn(), p.retiredOn(), p.version()), p.version());
                    log.info("Pickup point {} re-tied to office {}", p.code(), match.office().id());
                }
            });
        }
        changed(null);
    }

    private PickupPoint validated(PickupPointDraft d, Optional<PickupPoint> current) {
        Violations v = new Violations();
        String code = current.map(PickupPoint::code).orElse(d.code());
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
            v.add("code", code, "2 to 32 capital letters, digits or hyphens, starting with a letter or digit");
        }
        requireText(v, "name", d.name(), 120);
        requireText(v, "city", d.city(), 80);
        requireText(v, "address", d.address(), 300);
        Pin pin = null;
        if (d.pin() == null) {
            v.add("pin", null, "is required");
        } else {
            pin = v.check(() -> Pin.parse(d.pin()));
            if (pin != null && network.snapshot().profile(pin).isEmpty()) {
                v.add("pin", d.pin(), "no post office has this PIN");
            }
        }
        GeoPoint location = null;
        if (d.latitude() == null || d.latitude() < MIN_LAT || d.latitude() > MAX_LAT) {
            v.add("latitude", d.latitude(), "is required and must lie in India (" + MIN_LAT + " to " + MAX_LAT + ")");
        }
        if (d.longitude() == null || d.longitude() < MIN_LON || d.longitude() > MAX_LON) {
            v.add("longitude", d.longitude(), "is required and must lie in India (" + MIN_LON + " to " + MAX_LON + ")");
        }
        if (v.isEmpty()) {
            location = new GeoPoint(d.latitude(), d.longitude());
        }
        LocalDate opened = d.openedOn() != null ? d.openedOn() : current.map(PickupPoint::openedOn).orElse(LocalDate.now(clock));
        v.throwIfAny();
        var match = NearestOffice.to(location, network.snapshot().offices())
                .orElseThrow(() -> new IllegalStateException("the network has no office with coordinates; import it first"));
        return new PickupPoint(code, d.name().trim(), d.city().trim(), d.address().trim(), pin, location,
                match.office().id(), Math.round(match.distanceKm() * 1000) / 1000.0, opened,
                current.flatMap(PickupPoint::retiredOn), current.map(PickupPoint::version).orElse(0));
    }

    private static void requireText(Violations v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(field, value, "is required");
        } else if (value.length() > max) {
            v.add(field, value, "is longer than " + max + " characters");
        }
    }
}
