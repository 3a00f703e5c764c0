package org.daksetu.platform.cli;

import java.time.LocalDate;
import org.daksetu.review.domain.Quarter;
import org.daksetu.simulation.domain.SimulationSettings;
import picocli.CommandLine.Option;

/** The simulator's options, shared by {@code simulate} and {@code demo} (docs/SIMULATION.md). */
class SimulationOptions {

    @Option(names = "--quarter", defaultValue = "2026-Q3", description = "Quarter to simulate and review (default: ${DEFAULT-VALUE})")
    String quarter;

    @Option(names = "--from", description = "First simulated day (default: the first day of --quarter)")
    LocalDate from;

    @Option(names = "--days", description = "Days to simulate (default: the days of --quarter)")
    Integer days;

    @Option(names = "--parcels-per-day", defaultValue = "1000",
            description = "Parcels booked on the first day; later days grow ~3x per 18 months (default: ${DEFAULT-VALUE})")
    int parcelsPerDay;

    @Option(names = "--seed", defaultValue = "42", description = "Seed: the same seed on a fresh database gives the same data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--shipper", defaultValue = SimulationSettings.DEFAULT_SHIPPER,
            description = "Party code of the simulated shipper (default: ${DEFAULT-VALUE})")
    String shipper;

    @Option(names = "--cod-share", description = "Share of parcels paid cash on delivery (default: 0.55)")
    Double codShare;

    @Option(names = "--growth", description = "Volume factor over 18 months (default: 3.0)")
    Double growth;

    @Option(names = "--workers", defaultValue = "2",
            description = "Threads calling the services at once; 1 also fixes which parcel gets which article number (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--last-mile", defaultValue = "SERVICES",
            description = "SERVICES: receipts, runs, attempts, returns, COD and remittances through the delivery and cod services; "
                    + "SCANS: the last mile as tracking scans only (default: ${DEFAULT-VALUE})")
    org.daksetu.simulation.application.OperationsSimulator.LastMileMode lastMile;

    Quarter quarter() {
        return Quarter.parse(quarter);
    }

    SimulationSettings settings() {
        Quarter q = quarter();
        LocalDate first = from != null ? from : q.start();
        int n = days != null ? days : (int) (q.end().toEpochDay() - first.toEpochDay() + 1);
        SimulationSettings d = SimulationSettings.defaults(seed, first, n, parcelsPerDay).withShipper(shipper);
        return new SimulationSettings(d.seed(), d.from(), d.days(), d.parcelsPerDay(), growth != null ? growth : d.growth18Months(),
                codShare != null ? codShare : d.codShare(), d.businessParcelShare(), d.nearestPointShare(),
                d.laneDelayProbability(), d.failureUrban(), d.failureRural(), d.maxAttempts(), d.shipper());
    }

    /**
     * Properties for a simulating process: the per-request booking log would drown the progress bar,
     * and tracking's cache of recent histories is sized to the heap: about 50,000 articles a
     * gigabyte (a quarter then fits the launcher's 1 GB heap beside the routes tracking caches), up
     * to 1,000,000. A size given to the JVM ({@code -Ddaksetu.tracking.cache.max-articles=…}) wins:
     * these properties are passed as arguments, which would otherwise override it.
     */
    static void quiet(java.util.Map<String, Object> properties) {
        properties.put("logging.level.org.daksetu.booking.application.ShipmentBooking", "WARN");
        String given = System.getProperty(CACHE);
        properties.putIfAbsent(CACHE, given != null ? given : cacheFor(Runtime.getRuntime().maxMemory()));
    }

    static final String CACHE = "daksetu.tracking.cache.max-articles";

    /** Tracking cache articles for a heap of {@code maxHeap} bytes: 50,000 a GB, at least 50,000, at most 1,000,000. */
    static long cacheFor(long maxHeap) {
        return Math.clamp(maxHeap / (1L << 30) * 50_000, 50_000, 1_000_000);
    }
}
