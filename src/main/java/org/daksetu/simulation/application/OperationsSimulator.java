package org.daksetu.simulation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daksetu.booking.application.BookingResult;
import org.daksetu.booking.application.Pickups;
import org.daksetu.booking.application.ShipmentBooking;
import org.daksetu.booking.application.ShipperPickupPoints;
import org.daksetu.booking.domain.Pickup;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.ShipmentDraft;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.platform.AdjustableClock;
import org.daksetu.platform.security.Parties;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.Progress;
import org.daksetu.simulation.domain.Journey;
import org.daksetu.simulation.domain.LaneDelays;
import org.daksetu.simulation.domain.PlannedLeg;
import org.daksetu.simulation.domain.Seeds;
import org.daksetu.simulation.domain.SimScan;
import org.daksetu.simulation.domain.SimulationSettings;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.IntakeReport;
import org.daksetu.tracking.application.ScanIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The operations simulator: day by day in simulated time, a shipper books the day's parcels at its
 * open pickup points (bulk booking, 10,000 a call), schedules and manifests a pickup at each, India
 * Post confirms the handovers, and the day's scans of every parcel in flight go to scan intake in
 * batches of up to 50,000. Everything goes through the platform's own application services with
 * the platform clock set to the simulated moment; only the scans still to come are held in memory
 * (ScanAgenda), never a day already done. See docs/SIMULATION.md.
 */
@Service
public class OperationsSimulator {

    private static final Logger log = LoggerFactory.getLogger(OperationsSimulator.class);
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final String SOURCE = "simulation";
    static final String[] NAMES = {"Anita Menon", "Rahul Sharma", "Priya Nair", "Mohammed Irfan", "Sunita Devi", "Arjun Reddy",
            "Kavita Patel", "Suresh Kumar", "Lakshmi Iyer", "Gurpreet Singh", "Fatima Begum", "Ramesh Yadav", "Deepa Das",
            "Vikram Joshi", "Meena Kumari", "Joseph Thomas"};
    static final String[] STREETS = {"Main Road", "Temple Street", "Station Road", "Market Lane", "School Road", "Gandhi Nagar",
            "Nehru Street", "Church Road", "Bazaar Road", "Lake View"};

    private final ShipmentBooking booking;
    private final Pickups pickups;
    private final ShipperPickupPoints shipperPickupPoints;
    private final PickupPoints pickupPoints;
    private final Parties parties;
    private final NetworkDirectory network;
    private final ScanIntake intake;
    private final Clock clock;
    private final ObjectProvider<SimulatedDay> extensions;
    private final SimulationRuns runs;
    private final org.daksetu.delivery.application.LastMile lastMile;
    private final org.daksetu.delivery.application.NonDelivery nonDelivery;
    private final org.daksetu.delivery.application.Returns returns;
    private final org.daksetu.delivery.application.Beats beats;
    private final org.daksetu.cod.application.Remittances remittances;
    private final org.daksetu.network.application.TransmissionPlanning transmission;
    private final org.daksetu.capacity.application.BagAllocation bagAllocation;
    private final org.daksetu.capacity.application.CapacityOffers capacityOffers;
    private final org.daksetu.review.application.ReviewDays reviewDays;

    /** How the last mile is simulated: through the delivery and cod services, or as tracking scans alone. */
    public enum LastMileMode { SERVICES, SCANS }

    public OperationsSimulator(ShipmentBooking booking, Pickups pickups, ShipperPickupPoints shipperPickupPoints,
                               PickupPoints pickupPoints, Parties parties, NetworkDirectory network, ScanIntake intake,
                               Clock clock, ObjectProvider<SimulatedDay> extensions, SimulationRuns runs,
                               org.daksetu.delivery.application.LastMile lastMile,
                               org.daksetu.delivery.application.NonDelivery nonDelivery,
                               org.daksetu.delivery.application.Returns returns, org.daksetu.delivery.application.Beats beats,
                               org.daksetu.cod.application.Remittances remittances,
                               org.daksetu.network.application.TransmissionPlanning transmission,
                               org.daksetu.capacity.application.BagAllocation bagAllocation,
                               org.daksetu.capacity.application.CapacityOffers capacityOffers,
                               org.daksetu.review.application.ReviewDays reviewDays) {
        this.reviewDays = reviewDays;
        this.transmission = transmission;
        this.bagAllocation = bagAllocation;
        this.capacityOffers = capacityOffers;
        this.runs = runs;
        this.lastMile = lastMile;
        this.nonDelivery = nonDelivery;
        this.returns = returns;
        this.beats = beats;
        this.remittances = remittances;
        this.booking = booking;
        this.pickups = pickups;
        this.shipperPickupPoints = shipperPickupPoints;
        this.pickupPoints = pickupPoints;
        this.parties = parties;
        this.network = network;
        this.intake = intake;
        this.clock = clock;
        this.extensions = extensions;
    }

    public SimulationReport run(SimulationSettings settings, Progress progress) {
        return run(settings, DEFAULT_WORKERS, LastMileMode.SERVICES, progress);
    }

    /**
     * Runs the simulation with {@code threads} workers calling the services at once (bookings of
     * different pickup points, scan batches of different articles), all at the same simulated
     * moment. One worker is fully sequential: then the article numbers too are the same on every run
     * on a fresh database; with more, which parcel gets which number may differ, nothing else does.
     */
    public SimulationReport run(SimulationSettings settings, int threads, LastMileMode mode, Progress progress) {
        if (threads < 1 || threads > 64) {
            throw new org.daksetu.shared.InvalidValueException("workers", Integer.toString(threads), "is from 1 to 64");
        }
        if (!(clock instanceof AdjustableClock time)) {
            throw new IllegalStateException("the simulator needs the platform's adjustable clock, not " + clock);
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("simulation-", 1).factory());
        Run run = new Run(settings, new DemandModel(network.snapshot()), time, pool, threads,
                mode == LastMileMode.SERVICES ? new LastMileOperations(lastMile, nonDelivery, returns, beats, remittances, settings,
                        pool, threads) : null,
                mode == LastMileMode.SERVICES ? new CapacityOperations(bagAllocation, capacityOffers, settings) : null);
        prepareShipper(settings.shipper());
        long record = runs.started(settings);
        // The review's close of a day (docs/REVIEW.md, "Day close") runs beside the next day's scan
        // intake, as the nightly job runs beside a live platform's traffic: the intake works under one
        // lock at a time and leaves a core idle, the close reads days that no longer change.
        // The day's COD remittances (payments, confirmations, the remittance run) run on the same
        // thread after the last mile, beside the next day's booking, pickups and capacity: they touch
        // only the cod context's tables and name their business time. The thread takes its work in
        // order, so a day's remittances are made before that day is closed.
        ExecutorService night = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("simulation-night").factory());
        try {
            List<SimulatedDay> hooks = extensions.orderedStream().toList();
            Future<?> remitting = null;
            for (int i = 0; i < settings.days(); i++) {
                LocalDate day = settings.from().plusDays(i);
                run.bookAndHandOver(day, hooks);
                if (run.capacity != null) {
                    run.set(day, LocalTime.NOON);
                    run.capacity.run(day);
                }
                hooks.forEach(h -> h.endOfDay(day));
                Future<?> closing = i == 0 ? null : night.submit(() -> run.close(day.minusDays(1)));
                run.sendScans(day);
                run.awaitClose(remitting);
                run.awaitClose(closing);
                if (run.lastMile != null) {
                    run.lastMile.run(day);
                    remitting = night.submit(() -> run.lastMile.remit(day));
                }
                progress.update("simulate", i + 1, settings.days());
                run.logDay(day);
            }
            // The last day's remittances and the last night's close, after the last day.
            run.awaitClose(remitting);
            run.awaitClose(night.submit(() -> run.close(settings.until())));
        } finally {
            time.release();
            pool.shutdownNow();
            night.shutdownNow();
        }
        SimulationReport report = new SimulationReport(settings.seed(), settings.shipper(), settings.from(), settings.until(),
                run.booked, run.refused, run.pickupCount, run.sent, run.accepted, run.duplicates, run.rejected,
                run.dropped, Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(run.orderingNanos),
                Duration.ofNanos(run.bookingNanos), Duration.ofNanos(run.pickupNanos), Duration.ofNanos(run.scanNanos),
                run.lastMile == null ? Optional.empty() : Optional.of(new SimulationReport.LastMile(run.lastMile.received,
                        run.lastMile.attempts, run.lastMile.delivered, run.lastMile.failed, run.lastMile.returnsStarted,
                        run.lastMile.returnsDelivered, run.lastMile.collections, run.lastMile.remittanceBatches, run.lastMile.confirmed,
                        Duration.ofNanos(run.lastMile.nanos), Duration.ofNanos(run.lastMile.remitNanos))),
                run.capacity == null ? Optional.empty() : Optional.of(new SimulationReport.Capacity(run.capacity.bags,
                        run.capacity.offered, run.capacity.allocatedOnOffers, run.capacity.overflowed,
                        Duration.ofNanos(run.capacity.nanos))));
        runs.finished(record, report);
        return report;
    }

    /** Whether a run with exactly these settings finished before on this database. */
    public boolean simulatedBefore(SimulationSettings settings) {
        return runs.finishedBefore(settings);
    }

    /** The simulated shipper exists and may use every pickup point of the network (each opens on its own date). */
    private void prepareShipper(String shipper) {
        if (parties.find(shipper).isEmpty()) {
            parties.add(shipper, "Simulated marketplace " + shipper, "SHIPPER");
        }
        for (PickupPoint point : pickupPoints.list(false)) {
            if (!shipperPickupPoints.of(shipper).contains(point.code())) {
                shipperPickupPoints.link(shipper, point.code());
            }
        }
    }

    public static final int DEFAULT_WORKERS = 2;

    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static void awaitAll(List<? extends Future<?>> futures) {
        futures.forEach(OperationsSimulator::await);
    }

    private final class Run {
        final SimulationSettings s;
        final DemandModel demand;
        final AdjustableClock time;
        final LaneDelays delays;
        final ScanAgenda agenda = new ScanAgenda();
        final long lastDay;
        final ExecutorService workers;
        final int threads;
        long booked, refused, pickupCount, sent, accepted, duplicates, rejected, dropped;
        long orderingNanos, bookingNanos, pickupNanos, scanNanos, closeNanos;

        final LastMileOperations lastMile;
        final CapacityOperations capacity;

        Run(SimulationSettings s, DemandModel demand, AdjustableClock time, ExecutorService workers, int threads,
            LastMileOperations lastMile, CapacityOperations capacity) {
            this.lastMile = lastMile;
            this.capacity = capacity;
            this.workers = workers;
            this.threads = threads;
            this.s = s;
            this.demand = demand;
            this.time = time;
            this.delays = new LaneDelays(s.seed(), s.laneDelayProbability());
            this.lastDay = s.until().toEpochDay();
        }

        void bookAndHandOver(LocalDate day, List<SimulatedDay> hooks) {
            List<PickupPoint> open = pickupPoints.list(false).stream().filter(p -> p.activeOn(day)).toList();
            if (open.isEmpty()) {
                return;
            }
            // The parcels of the day, grouped by the pickup point they leave from, in a fixed order.
            Map<String, List<ShipmentDraft>> drafts = new LinkedHashMap<>();
            Map<String, List<Long>> seeds = new LinkedHashMap<>();
            open.forEach(p -> {
                drafts.put(p.code(), new ArrayList<>());
                seeds.put(p.code(), new ArrayList<>());
            });
            int n = s.parcelsOn(day);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long parcelSeed = Seeds.mix(s.seed(), day.toEpochDay(), i);
                SplittableRandom rng = new SplittableRandom(parcelSeed);
                PinProfile to = demand.destination(rng, day);
                PickupPoint from = demand.origin(to, open, s.nearestPointShare(), rng);
                drafts.get(from.code()).add(draft(day, i, from, to, rng));
                seeds.get(from.code()).add(parcelSeed);
            }
            orderingNanos += System.nanoTime() - t0;
            List<String> points = open.stream().map(PickupPoint::code).filter(c -> !drafts.get(c).isEmpty()).toList();

            set(day, LocalTime.of(8, 0));
            Map<String, Optional<Pickup>> scheduled = new LinkedHashMap<>();
            points.forEach(point -> scheduled.put(point, schedule(point, day)));

            // Bulk booking, 10,000 a call, the calls spread over the workers; results are planned in a fixed order.
            set(day, LocalTime.of(10, 0));
            long t1 = System.nanoTime();
            record Call(String point, int from, Future<List<BookingResult>> results) {
            }
            List<Call> calls = new ArrayList<>();
            for (String point : points) {
                List<ShipmentDraft> list = drafts.get(point);
                for (int from = 0; from < list.size(); from += ShipmentBooking.MAX_PER_REQUEST) {
                    List<ShipmentDraft> part = list.subList(from, Math.min(list.size(), from + ShipmentBooking.MAX_PER_REQUEST));
                    calls.add(new Call(point, from, workers.submit(() -> booking.book(s.shipper(), part))));
                }
            }
            List<SimulatedDay.BookedParcel> bookedToday = hooks.isEmpty() ? null : new ArrayList<>(n);
            Map<String, Integer> bookedAt = new LinkedHashMap<>();
            for (Call call : calls) {
                for (BookingResult r : await(call.results())) {
                    if (r instanceof BookingResult.Booked b) {
                        bookedAt.merge(call.point(), 1, Integer::sum);
                        plan(b.shipment(), seeds.get(call.point()).get(call.from() + r.index()), bookedToday);
                    } else if (r instanceof BookingResult.Refused x) {
                        refused++;
                        if (refused <= 5) {
                            log.warn("simulated booking refused: {} {}", x.orderReference(), x.problems());
                        }
                    }
                }
            }
            bookingNanos += System.nanoTime() - t1;
            booked += bookedAt.values().stream().mapToInt(Integer::intValue).sum();

            // The shipper closes the manifests, India Post confirms the handovers.
            long t2 = System.nanoTime();
            List<Long> toHandOver = new ArrayList<>();
            scheduled.forEach((point, pickup) -> {
                if (pickup.isPresent() && bookedAt.getOrDefault(point, 0) > 0) {
                    toHandOver.add(pickup.get().id());
                }
            });
            set(day, LocalTime.of(16, 0));
            // The simulation reads no manifest back: the services' forms that answer counts only.
            awaitAll(toHandOver.stream().map(id -> workers.submit(() -> pickups.close(s.shipper(), id, Optional.empty())))
                    .toList());
            set(day, LocalTime.of(17, 0));
            awaitAll(toHandOver.stream().map(id -> workers.submit(() -> pickups.handOver(id, List.of(),
                    org.daksetu.platform.security.Parties.POSTAL_OPERATOR))).toList());
            pickupCount += toHandOver.size();
            pickupNanos += System.nanoTime() - t2;
            if (bookedToday != null) {
                hooks.forEach(h -> h.booked(day, bookedToday));
            }
        }

        /** Today's pickup at a point; none when one was scheduled already (a run repeated on the same data). */
        private Optional<Pickup> schedule(String point, LocalDate day) {
            try {
                return Optional.of(pickups.schedule(s.shipper(), point, day.toString()));
            } catch (ConflictException e) {
                return Optional.empty();
            }
        }

        private void plan(Shipment shipment, long parcelSeed, List<SimulatedDay.BookedParcel> bookedToday) {
            List<PlannedLeg> legs = new ArrayList<>(6);
            for (Leg leg : shipment.promise().itinerary().legs()) {
                legs.add(new PlannedLeg(leg.kind().name(), leg.from(), leg.to(), leg.laneId().orElse(null),
                        leg.plannedDeparture().toEpochSecond(), leg.plannedArrival().toEpochSecond()));
            }
            PinProfile to = network.snapshot().profile(shipment.order().consignee().pin()).orElseThrow();
            boolean cod = shipment.order().payment().codAmount().paise() > 0;
            String deliveryPlace = legs.getLast().from();
            Journey.Fate fate = new Journey.Fate(to.rural(), cod, LaneDelays.officeFactor(s.seed(), deliveryPlace));
            // The fate draws from its own generator, after the one that made the order.
            SplittableRandom rng = new SplittableRandom(Seeds.mix(parcelSeed, 7));
            String article = shipment.articleNumber().value();
            if (capacity != null) {
                capacity.booked(article, shipment.order().parcel().weight().grams(), legs);
            }
            if (lastMile == null) {
                dropped += agenda.add(article, Journey.plan(legs, fate, s, delays, rng), lastDay);
            } else {
                // Scans up to the delivery office; the office's receipt, the runs, attempts and returns go
                // through the delivery services (LastMileOperations), which scan them themselves.
                Journey.Transit transit = Journey.transit(legs, delays);
                List<SimScan> scans = transit.scans();
                if (transit.delivery().isPresent()) {
                    PlannedLeg delivery = transit.delivery().get();
                    scans = scans.subList(0, scans.size() - 1);
                    lastMile.expect(article, s.shipper(), fate, parcelSeed, cod ? shipment.order().payment().codAmount().paise() : 0,
                            deliveringOffice(delivery.from()), transit.arrival(), delivery.departure() + transit.shift(), Journey.returnDays(legs, delivery));
                }
                dropped += agenda.add(article, scans, lastDay);
            }
            if (bookedToday != null) {
                bookedToday.add(new SimulatedDay.BookedParcel(shipment.articleNumber().value(), shipment.order().pickupPoint(),
                        to.pin().value(), shipment.order().payment().codAmount().paise(),
                        shipment.order().parcel().weight().grams(), legs));
            }
        }

        /**
         * The office a parcel is received at: the place the itinerary delivers from. A post office is
         * named by its id; a Nodal Delivery Centre by its hub code, and it works from its own office
         * (the shipment's delivery office is the PIN's, which the NDC stands in for).
         */
        private Long deliveringOffice(String place) {
            if (place.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(place);
            }
            return offices.computeIfAbsent(place, code -> transmission.hub(code).officeId());
        }

        private final Map<String, Long> offices = new java.util.HashMap<>();

        void sendScans(LocalDate day) {
            ScanAgenda.Day scans = agenda.take(day.toEpochDay());
            set(day, LocalTime.of(23, 59, 59));
            // Batches of whole articles (each article's scans of the day are applied together), at most
            // 50,000 scans, and at least one batch per worker so that the workers share the day.
            int target = Math.max(1000, Math.min(ScanIntake.MAX_EVENTS - 16, (scans.size() + threads - 1) / threads));
            List<Future<IntakeReport>> sending = new ArrayList<>();
            List<IncomingScan> batch = new ArrayList<>(Math.min(scans.size(), target + 16));
            String lastArticle = null;
            long t = System.nanoTime();
            for (int i = 0; i < scans.size(); i++) {
                String article = scans.article(i);
                if (batch.size() >= target && !article.equals(lastArticle)) {
                    sending.add(send(batch));
                    batch = new ArrayList<>(target + 16);
                }
                lastArticle = article;
                batch.add(new IncomingScan(article + "-" + ScanAgenda.zeroPadded(scans.seq(i), 2), article, null, scans.code(i),
                        scans.place(i), OffsetDateTime.ofInstant(Instant.ofEpochSecond(scans.at(i)), IST).toString(),
                        scans.reason(i)));
            }
            if (!batch.isEmpty()) {
                sending.add(send(batch));
            }
            for (Future<IntakeReport> f : sending) {
                IntakeReport report = await(f);
                sent += report.received();
                accepted += report.accepted();
                duplicates += report.duplicates();
                rejected += report.rejected();
                if (report.rejected() > 0 && rejected == report.rejected()) {
                    log.warn("simulated scans rejected, first: {}", report.rejections().getFirst());
                }
            }
            scanNanos += System.nanoTime() - t;
        }

        private Future<IntakeReport> send(List<IncomingScan> batch) {
            return workers.submit(() -> intake.accept(batch, SOURCE));
        }

        /** The close of a day, on the night thread; its own time is logged with the day it ran beside. */
        void close(LocalDate day) {
            long started = System.nanoTime();
            reviewDays.closeThrough(day, day.plusDays(1).atTime(0, 30).atZone(IST).toInstant());
            closeWorkNanos += System.nanoTime() - started;
        }

        /** Waits for a close (its failure stops the run); the wait is the day close's phase time. */
        void awaitClose(Future<?> closing) {
            if (closing != null) {
                long waiting = System.nanoTime();
                await(closing);
                closeNanos += System.nanoTime() - waiting;
            }
        }

        private volatile long closeWorkNanos;
        private long closeWorkBefore;
        private long remitWorkBefore;

        private final long[] before = new long[7];
        private long dayStarted = System.nanoTime();

        /** One line a simulated day: where its time went, phase by phase (a long run's pace, as it goes). */
        void logDay(LocalDate day) {
            long[] now = {bookingNanos + orderingNanos, pickupNanos, scanNanos, lastMile == null ? 0 : lastMile.nanos,
                    capacity == null ? 0 : capacity.nanos, closeNanos, System.nanoTime()};
            long closeWork = closeWorkNanos;
            long remitWork = lastMile == null ? 0 : lastMile.remitNanos;
            log.info("simulated {}: {} s (booking {} s, pickups {} s, scans {} s, last mile {} s{}, capacity {} s, night thread {} s"
                            + " waited: day close {} s beside the scans, the day before's remittances {} s beside the booking);"
                            + " {} parcels booked so far", day, seconds(now[6] - dayStarted),
                    seconds(now[0] - before[0]), seconds(now[1] - before[1]), seconds(now[2] - before[2]),
                    seconds(now[3] - before[3]), lastMile == null ? "" : " " + lastMile.stepsSince(),
                    seconds(now[4] - before[4]), seconds(now[5] - before[5]), seconds(closeWork - closeWorkBefore),
                    seconds(remitWork - remitWorkBefore), booked);
            closeWorkBefore = closeWork;
            remitWorkBefore = remitWork;
            System.arraycopy(now, 0, before, 0, 6);
            dayStarted = now[6];
        }

        private static String seconds(long nanos) {
            return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
        }

        void set(LocalDate day, LocalTime at) {
            time.set(day.atTime(at).atZone(IST).toInstant());
        }

        private ShipmentDraft draft(LocalDate day, int i, PickupPoint from, PinProfile to, SplittableRandom rng) {
            boolean business = rng.nextDouble() < s.businessParcelShare();
            int grams = business ? 2000 + rng.nextInt(13_000) : 150 + rng.nextInt(2850);
            int length = 15 + rng.nextInt(business ? 40 : 25);
            int breadth = 10 + rng.nextInt(business ? 30 : 15);
            int height = 4 + rng.nextInt(business ? 30 : 15);
            long rupees = Math.clamp(Math.round(Math.exp(6.6 + 0.9 * rng.nextGaussian())), 99, 49_999);
            boolean cod = to.codAvailable() && rng.nextDouble() < s.codShare();
            String name = NAMES[rng.nextInt(NAMES.length)];
            String phone = Integer.toString(6 + rng.nextInt(4)) + ScanAgenda.zeroPadded(rng.nextInt(1_000_000_000), 9);
            String line1 = (1 + rng.nextInt(400)) + ", " + STREETS[rng.nextInt(STREETS.length)];
            return new ShipmentDraft("S" + s.seed() + "-" + day.toString().replace("-", "") + "-" + i, from.code(),
                    business ? "BUSINESS_PARCEL" : "SPEED_POST_PARCEL",
                    new ShipmentDraft.ConsigneeDraft(name, phone, line1, null, null, to.pin().toString()),
                    Integer.toString(grams),
                    new ShipmentDraft.DimensionsDraft(Integer.toString(length), Integer.toString(breadth), Integer.toString(height)),
                    Long.toString(rupees * 100),
                    new ShipmentDraft.PaymentDraft(cod ? "COD" : "PREPAID", cod ? Long.toString(rupees * 100) : null),
                    Boolean.toString(cod && rupees > 5000), null);
        }
    }
}
