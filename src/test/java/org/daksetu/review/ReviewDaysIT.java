package org.daksetu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.booking.application.BookingResult;
import org.daksetu.booking.application.ShipmentBooking;
import org.daksetu.booking.application.Shipments;
import org.daksetu.booking.domain.ShipmentDraft;
import org.daksetu.platform.AdjustableClock;
import org.daksetu.review.application.QuarterlyReviews;
import org.daksetu.review.application.ReviewDays;
import org.daksetu.review.domain.Quarter;
import org.daksetu.review.domain.Review;
import org.daksetu.shared.Progress;
import org.daksetu.simulation.application.OperationsSimulator;
import org.daksetu.simulation.domain.SimulationSettings;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review's day close: the simulator closes each day after it, a review closes only what is
 * open or changed, a day closed before it ended is closed again, and a cancellation of a shipment
 * booked on a closed day closes that day again so the figures follow it.
 */
@IntegrationTest
class ReviewDaysIT {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final Quarter Q = Quarter.parse("2027-Q1");
    static final LocalDate FIRST = LocalDate.of(2027, 1, 11);

    @Autowired
    OperationsSimulator simulator;
    @Autowired
    QuarterlyReviews reviews;
    @Autowired
    ReviewDays days;
    @Autowired
    ShipmentBooking booking;
    @Autowired
    Shipments shipments;
    @Autowired
    java.time.Clock clock;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).release();
    }

    @Test
    void days_are_closed_once_unless_they_change_and_a_cancellation_on_a_closed_day_reaches_the_figures() {
        SimulationSettings settings = SimulationSettings.defaults(23, FIRST, 3, 40).withShipper("SIM-DAYS");
        simulator.run(settings, Progress.NONE);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // The simulator closed each of its days in the night after it.
        for (int i = 0; i < 3; i++) {
            LocalDate day = FIRST.plusDays(i);
            assertThat(jdbc.sql("SELECT closed_at FROM review_day WHERE day = :d").param("d", day).query(OffsetDateTime.class)
                    .single().toInstant()).isEqualTo(day.plusDays(1).atTime(0, 30).atZone(IST).toInstant());
        }
        Review before = reviews.review(Q, Optional.of("SIM-DAYS"));
        double booked = before.figure("volume", "booked", "").orElseThrow().quarter().orElseThrow();
        assertThat(booked).isEqualTo(jdbc.sql("SELECT count(*) FROM shipment WHERE shipper = 'SIM-DAYS'").query(Double.class).single());
        // Nothing changed since: none of its days is closed again (days before the first booking are not closed at all).
        assertThat(days.closeThrough(FIRST.plusDays(2))).doesNotContain(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
        // Had the last close seen none of the feed, every day with a scan applied would be closed again.
        long seen = jdbc.sql("SELECT feed_seq FROM review_watermark").query(Long.class).single();
        jdbc.sql("UPDATE review_watermark SET feed_seq = 0").update();
        assertThat(days.closeThrough(FIRST.plusDays(2))).contains(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
        assertThat(jdbc.sql("SELECT feed_seq FROM review_watermark").query(Long.class).single()).isEqualTo(seen);
        assertThat(reviews.review(Q, Optional.of("SIM-DAYS")).figure("volume", "booked", "").orElseThrow().quarter()).contains(booked);

        // Five more shipments booked on the second day (after it was closed: the clock set back), two cancelled.
        AdjustableClock time = (AdjustableClock) clock;
        LocalDate second = FIRST.plusDays(1);
        time.set(second.atTime(LocalTime.of(20, 0)).atZone(IST).toInstant());
        var sample = jdbc.sql("SELECT pickup_point, pin FROM shipment WHERE shipper = 'SIM-DAYS' ORDER BY id LIMIT 1")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).single();
        List<ShipmentDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(new ShipmentDraft("LATE-" + i, (String) sample[0], "SPEED_POST_PARCEL",
                    new ShipmentDraft.ConsigneeDraft("Asha Rao", "9876543210", "12, Station Road", null, null, sample[1].toString()),
                    "800", new ShipmentDraft.DimensionsDraft("20", "15", "10"), "50000",
                    new ShipmentDraft.PaymentDraft("PREPAID", null), "false", null));
        }
        List<String> articles = booking.book("SIM-DAYS", drafts).stream()
                .map(r -> ((BookingResult.Booked) r).shipment().articleNumber().value()).toList();
        shipments.cancel("SIM-DAYS", articles.get(0), Optional.of("customer changed mind"));
        shipments.cancel("SIM-DAYS", articles.get(1), Optional.empty());
        time.release();

        // The cancellations are in the feed: the day they were booked on is closed again, not its neighbours (days of
        // other tests sharing the database, today among them, may be closed too).
        assertThat(days.closeThrough(FIRST.plusDays(2))).contains(second).doesNotContain(FIRST, FIRST.plusDays(2));
        Review after = reviews.review(Q, Optional.of("SIM-DAYS"));
        assertThat(after.figure("volume", "booked", "").orElseThrow().quarter()).contains(booked + 3);
        assertThat(jdbc.sql("SELECT sum(booked) FROM review_day_booked WHERE shipper = 'SIM-DAYS' AND day = :d").param("d", second)
                .query(Long.class).single()).isEqualTo(jdbc.sql("""
                        SELECT count(*) FROM shipment WHERE shipper = 'SIM-DAYS' AND status <> 'CANCELLED'
                        AND (booked_at AT TIME ZONE 'Asia/Kolkata')::date = :d""").param("d", second).query(Long.class).single());
    }

    @Test
    void a_day_closed_before_it_ended_is_closed_again() {
        AdjustableClock time = (AdjustableClock) clock;
        LocalDate day = LocalDate.of(2027, 3, 10);
        simulator.run(SimulationSettings.defaults(29, day.minusDays(2), 1, 10).withShipper("SIM-MIDDAY"), Progress.NONE);
        time.set(day.atTime(13, 0).atZone(IST).toInstant());
        assertThat(days.closeThrough(day)).contains(day).doesNotContain(day.plusDays(1)); // today, closed at 13:00: not over yet
        assertThat(days.closeThrough(day)).contains(day);   // so closed again
        time.set(day.plusDays(1).atTime(1, 0).atZone(IST).toInstant());
        assertThat(days.closeThrough(day)).contains(day);   // after the day: closed for good
        assertThat(days.closeThrough(day)).doesNotContain(day);
    }
}
