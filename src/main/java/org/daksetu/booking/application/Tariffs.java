package org.daksetu.booking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.TariffSchedule;
import org.daksetu.booking.domain.TariffSheet;
import org.daksetu.booking.domain.TariffVersion;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The tariff versions, held in memory and stored as their sheets in PostgreSQL. A new version
 * takes effect tomorrow at the earliest: a tariff never changes the price of a day that has begun,
 * and every node has picked it up (they look every minute) before it applies.
 */
@Service
public class Tariffs {

    private static final Logger log = LoggerFactory.getLogger(Tariffs.class);

    public record Stored(TariffVersion version, String sheet, String source, java.time.Instant loadedAt) {
    }

    private final TariffStore store;
    private final Clock clock;
    private volatile Map<String, Stored> stored = Map.of();
    private volatile TariffSchedule schedule = new TariffSchedule(List.of());
    private volatile String fingerprint = "";

    public Tariffs(TariffStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores the sheets the application carries that the database does not have yet, then loads all. */
    public synchronized void loadBundled(Map<String, String> sheets) {
        for (var sheet : sheets.entrySet()) {
            TariffVersion v = TariffSheet.parse(sheet.getValue());
            if (store.insert(v.id(), v.effectiveFrom(), v.description(), sheet.getValue(), "bundled " + sheet.getKey())) {
                log.info("Tariff {} (effective {}) stored from the bundled sheet {}", v.id(), v.effectiveFrom(), sheet.getKey());
            }
        }
        reload();
    }

    public synchronized void reload() {
        List<TariffVersion> versions = new ArrayList<>();
        Map<String, Stored> byId = new java.util.LinkedHashMap<>();
        for (TariffStore.StoredSheet s : store.all()) {
            TariffVersion v = TariffSheet.parse(s.sheet());
            versions.add(v);
            byId.put(v.id(), new Stored(v, s.sheet(), s.source(), s.loadedAt()));
        }
        schedule = new TariffSchedule(versions);
        stored = byId;
        fingerprint = store.fingerprint();
    }

    /** Reloads when another node has added a version. */
    public void refreshIfChanged() {
        if (!store.fingerprint().equals(fingerprint)) {
            reload();
        }
    }

    public TariffVersion inForceOn(LocalDate day) {
        return schedule.inForceOn(day).orElseThrow(() -> new IllegalStateException("no tariff is in force on " + day
                + "; load one (POST /api/v1/tariffs)"));
    }

    public TariffVersion inForceToday() {
        return inForceOn(IndianTime.today(clock));
    }

    public List<Stored> list() {
        return List.copyOf(stored.values());
    }

    public Stored get(String id) {
        Stored s = stored.get(id);
        if (s == null) {
            throw new NotFoundException("version", id, "no tariff version " + id);
        }
        return s;
    }

    public synchronized Stored add(String sheet, String source) {
        if (sheet == null || sheet.isBlank()) {
            new Violations().add("sheet", "", "send the tariff sheet as text/csv (format: docs/BOOKING.md)").throwIfAny();
        }
        TariffVersion v = TariffSheet.parse(sheet);
        LocalDate today = IndianTime.today(clock);
        if (!v.effectiveFrom().isAfter(today)) {
            new Violations().add("effective_from", v.effectiveFrom(), "a new tariff takes effect tomorrow (" + today.plusDays(1)
                    + ") or later: prices of a day that has begun never change").throwIfAny();
        }
        if (!store.insert(v.id(), v.effectiveFrom(), v.description(), sheet, source)) {
            throw new ConflictException("version", v.id(), "a tariff with version " + v.id() + " or effective from "
                    + v.effectiveFrom() + " exists already; versions are never changed, give a new one");
        }
        log.info("Tariff {} (effective {}) added by {}", v.id(), v.effectiveFrom(), source);
        reload();
        return get(v.id());
    }
}
