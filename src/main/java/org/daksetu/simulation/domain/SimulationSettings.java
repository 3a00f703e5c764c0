package org.daksetu.simulation.domain;

import java.time.LocalDate;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Violations;

/**
 * What a simulation run is asked to do (docs/SIMULATION.md names each parameter, its default and
 * where the default comes from). The same settings on a fresh database give the same data.
 *
 * @param parcelsPerDay parcels booked on the first simulated day; later days grow by {@code growth18Months}
 * @param growth18Months volume factor over 18 months (the partnership grew about 3x in 18 months)
 * @param codShare share of parcels paid cash on delivery, where the PIN takes COD
 * @param businessParcelShare share booked as Business Parcel (heavier parcels), the rest Speed Post Parcel
 * @param nearestPointShare share of a PIN's parcels shipped from the nearest open pickup point; the rest from any open one
 * @param laneDelayProbability chance that a lane's departure on a day runs a day late (worse on a few lanes)
 * @param failureUrban chance that a delivery attempt fails in an urban PIN (before the office's own factor)
 * @param failureRural the same in a rural PIN
 * @param maxAttempts delivery attempts before the parcel goes back to the shipper
 */
public record SimulationSettings(
        long seed,
        LocalDate from,
        int days,
        int parcelsPerDay,
        double growth18Months,
        double codShare,
        double businessParcelShare,
        double nearestPointShare,
        double laneDelayProbability,
        double failureUrban,
        double failureRural,
        int maxAttempts,
        String shipper) {

    public static final String DEFAULT_SHIPPER = "SIM-MARKET";

    public SimulationSettings {
        Violations v = new Violations();
        if (days < 1 || days > 3660) {
            v.add("days", days, "is from 1 to 3660");
        }
        if (parcelsPerDay < 1 || parcelsPerDay > 2_000_000) {
            v.add("parcelsPerDay", parcelsPerDay, "is from 1 to 2,000,000");
        }
        if (growth18Months <= 0 || growth18Months > 100) {
            v.add("growth18Months", growth18Months, "is a factor above 0 and at most 100");
        }
        share(v, "codShare", codShare);
        share(v, "businessParcelShare", businessParcelShare);
        share(v, "nearestPointShare", nearestPointShare);
        share(v, "laneDelayProbability", laneDelayProbability);
        share(v, "failureUrban", failureUrban);
        share(v, "failureRural", failureRural);
        if (maxAttempts < 1 || maxAttempts > 9) {
            v.add("maxAttempts", maxAttempts, "is from 1 to 9");
        }
        if (shipper == null || !shipper.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
            v.add("shipper", shipper, "is a party code: 2 to 32 capital letters, digits or hyphens");
        }
        if (from == null) {
            throw new InvalidValueException("from", "null", "a first simulated day is required");
        }
        v.throwIfAny();
    }

    /** The defaults of docs/SIMULATION.md for a run of {@code days} from {@code from}. */
    public static SimulationSettings defaults(long seed, LocalDate from, int days, int parcelsPerDay) {
        return new SimulationSettings(seed, from, days, parcelsPerDay, 3.0, 0.55, 0.2, 0.7, 0.04, 0.09, 0.13, 3,
                DEFAULT_SHIPPER);
    }

    public SimulationSettings withShipper(String code) {
        return new SimulationSettings(seed, from, days, parcelsPerDay, growth18Months, codShare, businessParcelShare,
                nearestPointShare, laneDelayProbability, failureUrban, failureRural, maxAttempts, code);
    }

    public LocalDate until() {
        return from.plusDays(days - 1L);
    }

    /** Parcels booked on a day: exponential growth from the first day at growth18Months per 547.5 days. */
    public int parcelsOn(LocalDate day) {
        long n = day.toEpochDay() - from.toEpochDay();
        return (int) Math.round(parcelsPerDay * Math.pow(growth18Months, n / 547.5));
    }

    private static void share(Violations v, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            v.add(field, value, "is a share from 0 to 1");
        }
    }
}
