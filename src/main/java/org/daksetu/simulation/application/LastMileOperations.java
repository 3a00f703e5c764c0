package org.daksetu.simulation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.daksetu.cod.application.RemittanceBatch;
import org.daksetu.cod.application.Remittances;
import org.daksetu.delivery.application.Beats;
import org.daksetu.delivery.application.DeliveryArticle;
import org.daksetu.delivery.application.LastMile;
import org.daksetu.delivery.application.NonDelivery;
import org.daksetu.delivery.application.Returns;
import org.daksetu.delivery.domain.Beat;
import org.daksetu.simulation.domain.Journey;
import org.daksetu.simulation.domain.NonDeliveryModel;
import org.daksetu.simulation.domain.Seeds;
import org.daksetu.simulation.domain.SimulationSettings;

/**
 * The last mile and cash on delivery of a simulation, through the delivery and cod contexts'
 * services: parcels received at their delivery office, out-for-delivery runs on the office's beats,
 * attempt outcomes (with the consignee's OTP where the shipment asked for one, and the COD
 * collection in cash or by UPI), the shipper's instruction to return a parcel that cannot be
 * delivered, returns delivered back at the pickup point, and the daily remittance run, its payment
 * by India Post and the shipper's confirmation. The delivery context decides when a failed parcel
 * is due again (its policy and the office calendar); this class only follows its answers.
 * Every call takes a batch of up to 10,000 items; independent batches go to the workers at once.
 */
final class LastMileOperations {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final int BATCH = LastMile.MAX_BATCH;

    /** A parcel between its arrival at the delivery office and the end of its last mile. */
    static final class Parcel {
        final String article;
        final String shipper;
        final Journey.Fate fate;
        final SplittableRandom rng;
        final long codPaise;
        final long firstBeat;
        final long returnDays;
        long office;
        Optional<String> otp = Optional.empty();
        int attempts;

        Parcel(String article, String shipper, Journey.Fate fate, SplittableRandom rng, long codPaise, long firstBeat,
               long returnDays) {
            this.article = article;
            this.shipper = shipper;
            this.fate = fate;
            this.rng = rng;
            this.codPaise = codPaise;
            this.firstBeat = firstBeat;
            this.returnDays = returnDays;
        }
    }

    /** {@code office}: the office the itinerary delivers from (a Nodal Delivery Centre's own office, say), or null for the shipment's. */
    record Arrival(Parcel parcel, Long office, Instant at) {
    }

    private final LastMile lastMile;
    private final NonDelivery nonDelivery;
    private final Returns returns;
    private final Beats beats;
    private final Remittances remittances;
    private final SimulationSettings s;
    private final ExecutorService workers;
    private final int threads;

    private final TreeMap<Long, List<Arrival>> arrivals = new TreeMap<>();
    private final TreeMap<Long, List<Parcel>> due = new TreeMap<>();
    private final TreeMap<Long, List<Map.Entry<String, Instant>>> returnsArriving = new TreeMap<>();
    private final TreeMap<Long, List<Long>> toPay = new TreeMap<>();
    private final TreeMap<Long, List<RemittanceBatch>> toConfirm = new TreeMap<>();
    private final Map<Long, String> beatOf = new HashMap<>();

    long received, attempts, delivered, failed, returnsStarted, returnsDelivered, collections, remittanceBatches, confirmed;
    long nanos;
    /** Written by the night thread only; read after waiting for it. */
    volatile long remitNanos;

    LastMileOperations(LastMile lastMile, NonDelivery nonDelivery, Returns returns, Beats beats, Remittances remittances,
                       SimulationSettings s, ExecutorService workers, int threads) {
        this.lastMile = lastMile;
        this.nonDelivery = nonDelivery;
        this.returns = returns;
        this.beats = beats;
        this.remittances = remittances;
        this.s = s;
        this.workers = workers;
        this.threads = threads;
    }

    /** A parcel that will reach its delivery office at {@code arrival} (epoch seconds), with its first beat planned. */
    void expect(String article, String shipper, Journey.Fate fate, long parcelSeed, long codPaise, Long office, long arrival,
                long firstBeat, long returnDays) {
        Parcel p = new Parcel(article, shipper, fate, new SplittableRandom(Seeds.mix(parcelSeed, 11)), codPaise, firstBeat,
                returnDays);
        arrivals.computeIfAbsent(Journey.istDay(arrival), d -> new ArrayList<>()).add(new Arrival(p, office, Instant.ofEpochSecond(arrival)));
    }

    /**
     * The day's last mile up to the returns; the platform clock shows the end of the day. The day's
     * remittances ({@link #remit}) follow, on a thread of their own.
     */
    void run(LocalDate day) {
        long t = System.nanoTime();
        long d = day.toEpochDay();
        receive(d);
        steps[0] += System.nanoTime() - t;
        attempt(day);
        long t2 = System.nanoTime();
        deliverReturns(d);
        steps[4] += System.nanoTime() - t2;
        nanos += System.nanoTime() - t;
    }

    /** Time by step (receipts, runs, attempts, instructions, returns): the day's figures, as "(a/b/c/d/e)". */
    private final long[] steps = new long[5];
    private final long[] stepsBefore = new long[5];

    String stepsSince() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < steps.length; i++) {
            out.append(i == 0 ? "" : "/").append(String.format(java.util.Locale.ROOT, "%.1f", (steps[i] - stepsBefore[i]) / 1e9));
            stepsBefore[i] = steps[i];
        }
        return out.append(")").toString();
    }

    private void receive(long d) {
        List<Arrival> list = arrivals.remove(d);
        if (list == null) {
            return;
        }
        Map<String, Parcel> byArticle = new HashMap<>();
        list.forEach(a -> byArticle.put(a.parcel().article, a.parcel()));
        List<List<DeliveryArticle>> results = inParallel(list, batch -> lastMile.receive(batch.stream()
                .map(a -> new LastMile.Receipt(a.parcel().article, a.office(), a.at())).toList()));
        for (List<DeliveryArticle> batch : results) {
            for (DeliveryArticle a : batch) {
                Parcel p = byArticle.get(a.article());
                p.office = a.officeId();
                p.otp = a.otp();
                long first = Math.max(Journey.istDay(p.firstBeat), a.nextAttemptOn().map(LocalDate::toEpochDay).orElse(d));
                due.computeIfAbsent(Math.max(first, d), k -> new ArrayList<>()).add(p);
                received++;
            }
        }
    }

    private void attempt(LocalDate day) {
        List<Parcel> today = due.remove(day.toEpochDay());
        if (today == null) {
            return;
        }
        // Out for delivery: one run per office, on its first active beat, at 09:30.
        TreeMap<Long, List<String>> byOffice = new TreeMap<>();
        today.forEach(p -> byOffice.computeIfAbsent(p.office, o -> new ArrayList<>()).add(p.article));
        Instant startedAt = at(day, LocalTime.of(9, 30));
        List<Long> unknown = byOffice.keySet().stream().filter(o -> !beatOf.containsKey(o)).toList();
        if (!unknown.isEmpty()) {
            beats.listAll(unknown).forEach((o, list) -> beatOf.put(o, list.stream().filter(Beat::active).map(Beat::code).findFirst()
                    .orElseThrow(() -> new IllegalStateException("office " + o + " has no active beat"))));
        }
        List<LastMile.RunRequest> runs = new ArrayList<>();
        byOffice.forEach((office, articles) -> {
            for (int i = 0; i < articles.size(); i += BATCH) {
                runs.add(new LastMile.RunRequest(office, beat(office), null, day, startedAt,
                        articles.subList(i, Math.min(articles.size(), i + BATCH))));
            }
        });
        long t0 = System.nanoTime();
        inParallelBy(runs, r -> r.articles().size(), batch -> lastMile.startRuns(batch));
        long t1 = System.nanoTime();
        steps[1] += t1 - t0;

        // The outcome of every attempt, from the parcel's own generator.
        List<LastMile.AttemptRequest> requests = new ArrayList<>(today.size());
        Map<String, Parcel> byArticle = new HashMap<>();
        for (Parcel p : today) {
            byArticle.put(p.article, p);
            Optional<String> reason = Journey.attempt(p.fate, s, p.attempts, p.rng);
            Instant at = startedAt.plusSeconds(3 * 3600 + p.rng.nextLong(4 * 3600));
            p.attempts++;
            if (reason.isEmpty()) {
                LastMile.CollectionRequest collection = null;
                if (p.codPaise > 0) {
                    boolean upi = p.rng.nextDouble() < 0.3;
                    collection = new LastMile.CollectionRequest(upi ? "UPI" : "CASH", p.codPaise,
                            upi ? "UPI" + Long.toHexString(p.rng.nextLong()).toUpperCase(java.util.Locale.ROOT) : null);
                }
                requests.add(new LastMile.AttemptRequest(p.article, "DELIVERED", null, p.otp.orElse(null), at, collection));
            } else {
                requests.add(new LastMile.AttemptRequest(p.article, "NOT_DELIVERED", reason.get(), null, at, null));
            }
        }
        List<Parcel> toReturn = new ArrayList<>();
        long t2 = System.nanoTime();
        List<List<LastMile.AttemptResult>> recorded = inParallel(requests, lastMile::record);
        long t3 = System.nanoTime();
        steps[2] += t3 - t2;
        for (List<LastMile.AttemptResult> batch : recorded) {
            for (LastMile.AttemptResult r : batch) {
                Parcel p = byArticle.get(r.attempt().article());
                attempts++;
                switch (r.attempt().outcome()) {
                    case DELIVERED -> {
                        delivered++;
                        collections += p.codPaise > 0 ? 1 : 0;
                    }
                    case NOT_DELIVERED -> {
                        failed++;
                        String reason = r.attempt().reason().orElseThrow();
                        Optional<LocalDate> next = r.article().nextAttemptOn();
                        if (NonDeliveryModel.endsDelivery(reason) || next.isEmpty() || p.attempts >= s.maxAttempts()) {
                            toReturn.add(p);
                        } else {
                            due.computeIfAbsent(Math.max(next.get().toEpochDay(), day.toEpochDay() + 1), k -> new ArrayList<>()).add(p);
                        }
                    }
                    case HELD -> {
                    }
                }
            }
        }
        // The shipper, told of the failure, asks for the return; the return travels back as long as the parcel came.
        Instant instructedAt = at(day, LocalTime.of(19, 0));
        long t4 = System.nanoTime();
        inParallel(toReturn, batch -> nonDelivery.instructAll(batch.stream().map(p -> new NonDelivery.ShipperInstruction(p.shipper,
                p.article, new NonDelivery.Instruction("RETURN", null, null, null, null, instructedAt))).toList()));
        steps[3] += System.nanoTime() - t4;
        for (int i = 0; i < toReturn.size(); i++) {
            returnsStarted++;
            // The return starts at the instruction (ReturnTrip.startedAt) and takes as long as the way out.
            Instant back = instructedAt.plusSeconds(toReturn.get(i).returnDays * Journey.DAY_SECONDS);
            returnsArriving.computeIfAbsent(Journey.istDay(back.getEpochSecond()), k -> new ArrayList<>())
                    .add(Map.entry(toReturn.get(i).article, back));
        }
    }

    private void deliverReturns(long d) {
        List<Map.Entry<String, Instant>> list = returnsArriving.remove(d);
        if (list != null) {
            inParallel(list, batch -> returns.deliverAllToShipper(batch.stream()
                    .map(e -> new Returns.Handover(e.getKey(), e.getValue())).toList()));
            returnsDelivered += list.size();
        }
    }

    /**
     * India Post pays yesterday's batches, shippers confirm the day before's, and today's run makes
     * new ones, recorded as of the day's end. The calls name their business time, so they can run
     * while the simulator's clock has moved on to the next day; they touch only the cod context's
     * tables, which the next day's booking, pickups and capacity do not. Calls of one simulation
     * come one at a time, in day order (the simulator's night thread); {@link #remitNanos} is their time.
     */
    void remit(LocalDate day) {
        long t = System.nanoTime();
        long d = day.toEpochDay();
        List<Long> pay = toPay.remove(d);
        if (pay != null) {
            Instant paidAt = at(day, LocalTime.of(11, 0));
            List<RemittanceBatch> paid = new ArrayList<>();
            for (long id : pay) {
                paid.add(remittances.recordPayment(id, String.format("SIMUTR%012d", id), Optional.of(paidAt)));
            }
            toConfirm.computeIfAbsent(d + 1, k -> new ArrayList<>()).addAll(paid);
        }
        List<RemittanceBatch> confirm = toConfirm.remove(d);
        if (confirm != null) {
            for (RemittanceBatch b : confirm) {
                if (b.shipper().equals(s.shipper())) {
                    remittances.confirm(b.id(), b.shipper(), Optional.of(at(day, LocalTime.of(10, 0))));
                    confirmed++;
                }
            }
        }
        for (RemittanceBatch b : remittances.runCycle(day, at(day, LocalTime.of(23, 59, 59)))) {
            if (b.shipper().equals(s.shipper())) {
                remittanceBatches++;
                toPay.computeIfAbsent(d + 1, k -> new ArrayList<>()).add(b.id());
            }
        }
        remitNanos += System.nanoTime() - t;
    }

    private String beat(long office) {
        return beatOf.computeIfAbsent(office, o -> beats.list(o).stream().filter(Beat::active).map(Beat::code).findFirst()
                .orElseThrow(() -> new IllegalStateException("office " + o + " has no active beat")));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(IST).toInstant();
    }

    /** Batches of up to 10,000 items, at least one per worker, sent at once; answers in the order of the batches. */
    private <T, R> List<R> inParallel(List<T> items, Function<List<T>, R> call) {
        return inParallelBy(items, x -> 1, call);
    }

    private <T, R> List<R> inParallelBy(List<T> items, java.util.function.ToIntFunction<T> weight, Function<List<T>, R> call) {
        int total = items.stream().mapToInt(weight).sum();
        int target = Math.max(1, Math.min(BATCH, (total + threads - 1) / threads));
        List<Future<R>> futures = new ArrayList<>();
        List<T> batch = new ArrayList<>();
        int size = 0;
        for (T item : items) {
            int w = weight.applyAsInt(item);
            if (!batch.isEmpty() && (size + w > target || batch.size() >= BATCH)) {
                List<T> b = batch;
                futures.add(workers.submit(() -> call.apply(b)));
                batch = new ArrayList<>();
                size = 0;
            }
            batch.add(item);
            size += w;
        }
        if (!batch.isEmpty()) {
            List<T> b = batch;
            futures.add(workers.submit(() -> call.apply(b)));
        }
        return futures.stream().map(OperationsSimulator::await).toList();
    }
}
