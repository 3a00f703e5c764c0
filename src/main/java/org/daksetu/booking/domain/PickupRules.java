package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.network.domain.PickupPoint;

/** When a pickup may be scheduled, manifested, handed over or cancelled. */
public final class PickupRules {

    /** Pickups are planned at most this many days ahead: further out, nobody can plan the vehicle. */
    public static final int MAX_DAYS_AHEAD = 30;

    private PickupRules() {
    }

    /** Why a pickup cannot be scheduled at the point on the date, or empty when it can. */
    public static Optional<String> refuseSchedule(PickupPoint point, LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            return Optional.of("a pickup is scheduled for today or later, not " + date);
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Optional.of("a pickup is scheduled at most " + MAX_DAYS_AHEAD + " days ahead (until " + today.plusDays(MAX_DAYS_AHEAD) + ")");
        }
        if (!point.activeOn(date)) {
            return Optional.of("pickup point " + point.code() + " is not in service on " + date);
        }
        return Optional.empty();
    }

    public static Optional<String> refuseManifest(Pickup pickup) {
        return switch (pickup.status()) {
            case SCHEDULED -> Optional.empty();
            case MANIFESTED -> Optional.of("the manifest of pickup " + pickup.id() + " is closed already");
            case HANDED_OVER -> Optional.of("pickup " + pickup.id() + " was handed over already");
            case CANCELLED -> Optional.of("pickup " + pickup.id() + " was cancelled");
        };
    }

    public static Optional<String> refuseHandover(Pickup pickup, LocalDate today) {
        return switch (pickup.status()) {
            case SCHEDULED -> Optional.of("pickup " + pickup.id() + " has no manifest yet: the shipper closes it first");
            case MANIFESTED -> pickup.date().isAfter(today)
                    ? Optional.of("pickup " + pickup.id() + " is for " + pickup.date() + "; it cannot be handed over on " + today)
                    : Optional.empty();
            case HANDED_OVER -> Optional.of("pickup " + pickup.id() + " was handed over already");
            case CANCELLED -> Optional.of("pickup " + pickup.id() + " was cancelled");
        };
    }

    public static Optional<String> refuseCancel(Pickup pickup) {
        return switch (pickup.status()) {
            case SCHEDULED, MANIFESTED, CANCELLED -> Optional.empty();
            case HANDED_OVER -> Optional.of("pickup " + pickup.id() + " was handed over and can no longer be cancelled");
        };
    }
}
