package org.daksetu.simulation.application;

import java.time.Duration;
import java.time.LocalDate;

/** What a simulation run did, for the terminal and the benchmark. */
public record SimulationReport(
        long seed,
        String shipper,
        LocalDate from,
        LocalDate until,
        long parcelsBooked,
        long parcelsRefused,
        long pickups,
        long scansSent,
        long scansAccepted,
        long scansDuplicate,
        long scansRejected,
        long scansAfterLastDay,
        Duration wallTime,
        Duration ordering,
        Duration booking,
        Duration pickingUp,
        Duration scanning,
        java.util.Optional<LastMile> lastMile,
        java.util.Optional<Capacity> capacity) {

    /** What went through the capacity services. */
    public record Capacity(long bags, long offers, long bagsOnOffers, long bagsOverflowed, Duration time) {
        @Override
        public String toString() {
            return String.format("capacity: %,d bags closed, %,d offers by the shipper, %,d bags on offered room, %,d overflowed, in %.1f s",
                    bags, offers, bagsOnOffers, bagsOverflowed, time.toMillis() / 1000.0);
        }
    }

    /**
     * What went through the delivery and cod services; {@code time} is the last mile's own phase,
     * {@code remittances} the time of the remittance steps, which run beside the next day's work.
     */
    public record LastMile(long received, long attempts, long delivered, long failed, long returnsStarted, long returnsDelivered,
                           long codCollections, long remittanceBatches, long remittancesConfirmed, Duration time,
                           Duration remittances) {
        @Override
        public String toString() {
            return String.format("last mile: %,d received at delivery offices, %,d attempts (%,d delivered, %,d failed), "
                            + "%,d returns started and %,d delivered back, %,d COD collections, %,d remittance batches (%,d confirmed) "
                            + "in %.1f s, the remittances in %.1f s beside the next day's work", received, attempts, delivered, failed,
                    returnsStarted, returnsDelivered, codCollections, remittanceBatches, remittancesConfirmed, time.toMillis() / 1000.0,
                    remittances.toMillis() / 1000.0);
        }
    }

    public double parcelsPerSecond() {
        return parcelsBooked / Math.max(1e-3, wallTime.toMillis() / 1000.0);
    }

    public double scansPerSecond() {
        return scansSent / Math.max(1e-3, wallTime.toMillis() / 1000.0);
    }

    @Override
    public String toString() {
        return String.format("Simulated %s to %s (seed %d, shipper %s): %,d parcels booked (%,d refused), %,d pickups, "
                        + "%,d scans sent (%,d accepted, %,d repeats, %,d rejected), %,d scans fall after the last day; "
                        + "%.1f s, %,.0f parcels/s, %,.0f scans/s (making orders %.1f s, booking %.1f s, pickups %.1f s, scan intake %.1f s)",
                from, until, seed, shipper, parcelsBooked, parcelsRefused, pickups, scansSent, scansAccepted, scansDuplicate,
                scansRejected, scansAfterLastDay, wallTime.toMillis() / 1000.0, parcelsPerSecond(), scansPerSecond(),
                ordering.toMillis() / 1000.0, booking.toMillis() / 1000.0, pickingUp.toMillis() / 1000.0, scanning.toMillis() / 1000.0)
                + lastMile.map(l -> "; " + l).orElse("; last mile as tracking scans only")
                + capacity.map(c -> "; " + c).orElse("");
    }
}
