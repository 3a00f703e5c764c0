package org.daksetu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.daksetu.DakSetuApplication;
import org.daksetu.booking.application.BookingResult;
import org.daksetu.booking.application.ShipmentBooking;
import org.daksetu.booking.application.ShipperPickupPoints;
import org.daksetu.booking.domain.ShipmentDraft;
import org.daksetu.delivery.application.LastMile;
import org.daksetu.platform.db.EmbeddedDatabase;
import org.daksetu.platform.security.Parties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The last mile's batch calls as the simulator makes them, on a fresh embedded PostgreSQL with the
 * real services: N COD parcels booked (outside the timing), then received at their office, sent
 * out on runs and delivered with their cash collection, each step one call of up to 10,000 items.
 *   bench/last-mile.sh [parcels, default 20000]
 */
public final class LastMileBenchmark {

    public static void main(String[] args) throws Exception {
        int parcels = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batch = LastMile.MAX_BATCH;
        Path dir = org.daksetu.support.Directories.throwaway("daksetu-bench-lastmile");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                     .web(WebApplicationType.NONE).logStartupInfo(false)
                     .run("--daksetu.db.url=" + db.jdbcUrl(), "--daksetu.webhooks.enabled=false", "--logging.level.root=WARN")) {
            context.getBean(Parties.class).add("BENCH-LM", "Last mile bench", "SHIPPER");
            context.getBean(ShipperPickupPoints.class).link("BENCH-LM", "DEL-FC1");
            ShipmentBooking booking = context.getBean(ShipmentBooking.class);
            LastMile lastMile = context.getBean(LastMile.class);
            List<String> articles = new ArrayList<>();
            long t = System.nanoTime();
            for (int from = 0; from < parcels; from += batch) {
                List<ShipmentDraft> drafts = new ArrayList<>();
                for (int i = from; i < Math.min(parcels, from + batch); i++) {
                    drafts.add(new ShipmentDraft("LM-" + i, "DEL-FC1", "SPEED_POST_PARCEL",
                            new ShipmentDraft.ConsigneeDraft("Anita Menon", "9847012345", "12 Temple Road", null, null, "682028"),
                            "1200", new ShipmentDraft.DimensionsDraft("30", "20", "10"), "149900",
                            new ShipmentDraft.PaymentDraft("COD", "49900"), "false", null));
                }
                for (BookingResult r : booking.book("BENCH-LM", drafts)) {
                    if (r instanceof BookingResult.Booked b) {
                        articles.add(b.shipment().articleNumber().value());
                    } else {
                        throw new IllegalStateException("not booked: " + r);
                    }
                }
            }
            System.out.printf("booked %,d COD parcels in %.1f s (outside the timing)%n", articles.size(), secs(t));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
            double receive = 0, runs = 0, attempts = 0;
            long office = -1;
            for (int from = 0; from < articles.size(); from += batch) {
                List<String> slice = articles.subList(from, Math.min(articles.size(), from + batch));
                t = System.nanoTime();
                var received = lastMile.receive(slice.stream().map(a -> new LastMile.Receipt(a, null, null)).toList());
                receive += secs(t);
                office = received.getFirst().officeId();
                t = System.nanoTime();
                lastMile.startRun(new LastMile.RunRequest(office, "B1", null, today, null, slice));
                runs += secs(t);
                t = System.nanoTime();
                lastMile.record(slice.stream().map(a -> new LastMile.AttemptRequest(a, "DELIVERED", null, null, null,
                        new LastMile.CollectionRequest("CASH", 49_900L, null))).toList());
                attempts += secs(t);
            }
            int n = articles.size();
            System.out.printf("receive %,d: %.2f s (%,.0f/s); runs: %.2f s (%,.0f/s); attempts delivered with COD collected: %.2f s (%,.0f/s)%n",
                    n, receive, n / receive, runs, n / runs, attempts, n / attempts);
            System.out.printf("the last mile of %,d parcels (receipt, run, delivery with collection, each a scan in tracking): %.2f s%n",
                    n, receive + runs + attempts);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
