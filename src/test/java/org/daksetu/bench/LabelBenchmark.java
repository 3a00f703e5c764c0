package org.daksetu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.daksetu.booking.domain.LabelContent;
import org.daksetu.booking.infrastructure.LabelDocuments;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Label rendering, in labels per second on one thread: a 4x6 inch PDF of one label (what
 * GET /shipments/{n}/label draws), 100 labels in one PDF (a pickup's labels), and ZPL.
 * Each label has its own article number, so every barcode and QR code is encoded afresh.
 * Run: bench/jmh.sh LabelBenchmark (docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LabelBenchmark {

    static final int BATCH = 100;

    LabelDocuments renderer = new LabelDocuments();
    List<LabelContent> labels = new ArrayList<>();
    int next;

    @Setup
    public void labels() {
        for (int i = 0; i < 10_000; i++) {
            ArticleNumber number = ArticleNumber.of("EK", 10_000_000 + i * 37, "IN");
            String pin = Integer.toString(110_001 + i * 61 % 800_000);
            Money cod = i % 3 == 0 ? Money.ZERO : Money.ofRupees(199 + i % 5000);
            labels.add(new LabelContent(number, "Speed Post Parcel", "ORD-" + i, LocalDate.of(2026, 11, 21),
                    List.of("Acme Retail", "Sector 37, Gurugram", "Gurugram - 122001"), "Consignee Number " + i,
                    List.of("House " + i + ", Temple Road", "Near the ferry", "Ernakulam - " + pin), "+91 98470 12345", pin,
                    cod.isPositive(), cod, "1.200 kg", "1.500 kg", "30 x 20 x 10 cm", LocalDate.of(2026, 11, 25), "L1-COK",
                    "Vyttila S.O (1234567)", i % 2 == 0, LabelContent.qrPayload(number, pin, cod)));
        }
    }

    private List<LabelContent> take(int n) {
        if (next + n > labels.size()) {
            next = 0;
        }
        List<LabelContent> out = labels.subList(next, next + n);
        next += n;
        return out;
    }

    @Benchmark
    public byte[] pdfOneLabelPerDocument() {
        return renderer.pdf(take(1));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public byte[] pdfHundredLabelsPerDocument() {
        return renderer.pdf(take(BATCH));
    }

    @Benchmark
    public String zplOneLabel() {
        return renderer.zpl(take(1));
    }
}
