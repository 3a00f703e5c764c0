package org.daksetu.bench;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.PromiseMatrix;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The delivery promise in memory, over random real (pickup point, PIN, handover) triples of the
 * whole network: the full promise with its itinerary, the EDD alone, and a matrix rebuild.
 * Run: bench/jmh.sh PromiseBenchmark (docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PromiseBenchmark {

    private static final int QUESTIONS = 1 << 16;

    BundledNetwork network;
    PromiseMatrix matrix;
    String[] from = new String[QUESTIONS];
    Pin[] to = new Pin[QUESTIONS];
    OffsetDateTime[] at = new OffsetDateTime[QUESTIONS];
    int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        network = new BundledNetwork();
        LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 12, 0);
        matrix = network.matrix(monday);
        List<String> points = List.copyOf(matrix.pickupPoints());
        int[] pins = matrix.pins();
        Random random = new Random(42);
        for (int i = 0; i < QUESTIONS; i++) {
            String p;
            Pin pin;
            do {
                p = points.get(random.nextInt(points.size()));
                pin = new Pin(pins[random.nextInt(pins.length)]);
            } while (matrix.unreachable(p, pin).isPresent());
            from[i] = p;
            to[i] = pin;
            at[i] = monday.minusHours(2).plusMinutes(random.nextInt(7 * 24 * 60)).atOffset(RoutingRules.IST_OFFSET);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public DeliveryPromise promiseWithItinerary() {
        int i = next++ & (QUESTIONS - 1);
        return matrix.promise(from[i], to[i], at[i]).orElseThrow();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long eddOnly() {
        int i = next++ & (QUESTIONS - 1);
        return matrix.eddEpochDay(from[i], to[i], at[i]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 7)
    public PromiseMatrix fullMatrixRebuild() {
        return network.matrix(LocalDateTime.of(2026, 11, 23, 12, 0));
    }
}
