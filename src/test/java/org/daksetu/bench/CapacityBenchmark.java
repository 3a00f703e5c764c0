package org.daksetu.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.daksetu.DakSetuApplication;
import org.daksetu.capacity.application.BagAllocation;
import org.daksetu.capacity.application.CapacityOffers;
import org.daksetu.capacity.application.WhatIf;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.db.CopyText;
import org.daksetu.platform.db.EmbeddedDatabase;
import org.daksetu.platform.security.Parties;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A day's allocation across the whole network through the real services, on a fresh embedded
 * PostgreSQL: 1,000,000 registered parcels in bags of 30 on every active lane (skewed, so that
 * the busiest lanes overflow), closed at their hubs with {@link BagAllocation#close} in calls of
 * 10,000 bags, partners' offers on the busiest lanes, then one {@link BagAllocation#allocate} over
 * all hubs: cut-off, priority, own then offered capacity, overflow, revised EDDs and "delayed"
 * feed entries for every parcel that rolled. Then what-if evaluations of one candidate pickup
 * point over all PINs ({@link WhatIf#newPickupPoint}).
 * <p>
 * {@code bench/capacity.sh [parcels, default 1000000] [runs, default 3]}
 */
public final class CapacityBenchmark {

    static final int PARCELS_PER_BAG = 30;
    static final String[] CITIES = {"Nagpur", "Bhopal", "Indore", "Raipur", "Visakhapatnam", "Coimbatore", "Vadodara"};

    public static void main(String[] args) throws Exception {
        int parcels = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = org.daksetu.support.Directories.throwaway("daksetu-bench-capacity");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                     .web(WebApplicationType.NONE).logStartupInfo(false)
                     .run("--daksetu.db.url=" + db.jdbcUrl(), "--daksetu.webhooks.enabled=false", "--logging.level.root=WARN")) {
            Promises promises = context.getBean(Promises.class);
            Articles registry = context.getBean(Articles.class);
            BagAllocation allocation = context.getBean(BagAllocation.class);
            CapacityOffers offers = context.getBean(CapacityOffers.class);
            TransmissionPlanning planning = context.getBean(TransmissionPlanning.class);
            WhatIf whatIf = context.getBean(WhatIf.class);
            DataSource dataSource = context.getBean(DataSource.class);
            context.getBean(Parties.class).add("BENCH-MKT", "Benchmark marketplace", "SHIPPER");

            long t = System.nanoTime();
            OffsetDateTime handover = OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1);
            DeliveryPromise plan = promises.promise("DEL-FC1", new Pin(682028), handover);
            ArticleNumber first = ArticleNumber.of("EC", 0, "IN");
            registry.register(new ArticleRegistration(first, "BENCH-MKT", "DEL-FC1", plan.destination(), 0, handover,
                    plan.itinerary(), plan.edd()));
            registerInBulk(dataSource, parcels, first, plan.edd());
            System.out.printf("setup: %,d registered parcels in %.1f s%n", parcels, (System.nanoTime() - t) / 1e9);

            List<Lane> lanes = planning.network().lanes().stream().filter(Lane::active).toList();
            List<Double> closeSeconds = new ArrayList<>(), allocateSeconds = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                OffsetDateTime at = LocalDate.now(RoutingRules.IST).plusDays(1 + 8L * run).atTime(6, 0)
                        .atOffset(RoutingRules.IST_OFFSET);
                Random random = new Random(42 + run);
                List<BagAllocation.BagClosing> bags = new ArrayList<>();
                int article = 0, bagNo = 0;
                while (article < parcels) {
                    double r = random.nextDouble();
                    Lane lane = lanes.get((int) (lanes.size() * r * r));
                    int n = Math.min(PARCELS_PER_BAG, parcels - article);
                    List<String> members = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        members.add(ArticleNumber.of("EC", article++, "IN").value());
                    }
                    bags.add(new BagAllocation.BagClosing("R" + run + "-B" + bagNo++, lane.from(), lane.id(), null,
                            at.plusMinutes(random.nextInt(16 * 60)), 8 + random.nextInt(20), members));
                }
                List<CapacityOffers.OfferDraft> drafts = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    Lane lane = lanes.get(i);
                    OffsetDateTime departs = at.toLocalDate().atTime(lane.schedule().departure()).plusMinutes(45)
                            .atOffset(RoutingRules.IST_OFFSET);
                    drafts.add(new CapacityOffers.OfferDraft(lane.id(), departs.isAfter(at) ? departs : departs.plusDays(1),
                            "MKT-TRUCK-" + i, 60, 1_500, null));
                }
                offers.offerAll("BENCH-MKT", drafts, at);

                long c0 = System.nanoTime();
                int closed = 0;
                for (int i = 0; i < bags.size(); i += 10_000) {
                    closed += allocation.close(bags.subList(i, Math.min(bags.size(), i + 10_000)), at).closed();
                }
                double close = (System.nanoTime() - c0) / 1e9;
                long a0 = System.nanoTime();
                BagAllocation.AllocationReport report = allocation.allocate(at, Optional.empty());
                double allocate = (System.nanoTime() - a0) / 1e9;
                if (closed != bags.size() || report.waiting() != bags.size()) {
                    throw new IllegalStateException("run " + run + ": closed " + closed + " of " + bags.size() + ", " + report);
                }
                System.out.printf("run %d: %,d parcels in %,d bags: close %.2f s, allocate %.2f s, total %.2f s | %s%n", run,
                        parcels, bags.size(), close, allocate, close + allocate, report);
                closeSeconds.add(close);
                allocateSeconds.add(allocate);
            }
            System.out.printf("median: close %.2f s, allocate %.2f s, total %.2f s (target < 30 s)%n", median(closeSeconds),
                    median(allocateSeconds), median(closeSeconds) + median(allocateSeconds));

            List<Double> whatIfSeconds = new ArrayList<>();
            for (String city : CITIES) {
                long w0 = System.nanoTime();
                WhatIf.Comparison c = whatIf.newPickupPoint(new WhatIf.Candidate(city, null, null, null));
                double s = (System.nanoTime() - w0) / 1e9;
                whatIfSeconds.add(s);
                System.out.printf("what-if pickup point in %-14s %.3f s: average days %.3f -> %.3f, within 3 days %.2f%% -> %.2f%%, "
                                + "%,d PINs faster%n", city, s, c.before().averageDays(), c.after().averageDays(),
                        c.before().within3(), c.after().within3(), c.pinsFaster());
            }
            System.out.printf("what-if median %.3f s over %d candidates (target < 2 s)%n", median(whatIfSeconds), CITIES.length);
        }
    }

    /** Setup only, not measured: the parcels as booking would have registered them, by COPY. */
    static void registerInBulk(DataSource dataSource, int parcels, ArticleNumber first, LocalDate edd) throws Exception {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT route_id, booked_at FROM tracked_article WHERE article = '" + first.value() + "'")) {
            rs.next();
            long route = rs.getLong(1);
            OffsetDateTime booked = rs.getObject(2, OffsetDateTime.class);
            for (int from = 1; from < parcels; from += 200_000) {
                CopyText rows = new CopyText(200_000 * 90);
                for (int i = from; i < Math.min(parcels, from + 200_000); i++) {
                    rows.add(ArticleNumber.of("EC", i, "IN").value()).add("BENCH-MKT").add("DEL-FC1").add(682028L).add(0L)
                            .add(booked).add(edd.plusDays(i % 4)).add(route).endRow();
                }
                rows.copyInto(c, "tracked_article", "article, shipper_id, pickup_point, destination_pin, cod_paise, booked_at, edd, route_id");
            }
            st.execute("ANALYZE tracked_article");
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
