package org.daksetu.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The review's day close (docs/REVIEW.md, "Day close"): after each IST day its figures are tallied
 * once, so that a quarter's review adds up ninety days of tallies instead of reading millions of
 * parcels. It runs every night at 00:30 IST for the day before; a review closes whatever is still
 * open first, and a day that changes after its close (a late scan, a cancellation) is closed again.
 */
@Service
public class ReviewDays {

    private static final Logger log = LoggerFactory.getLogger(ReviewDays.class);
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final ReviewStore store;
    private final Clock clock;

    public ReviewDays(ReviewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Brings the day tallies up to date for the days up to {@code through} (never beyond today):
     * every day from the first booking on is closed once it has ended, and every day changed since
     * the last close again. Returns the days closed.
     */
    public List<LocalDate> closeThrough(LocalDate through) {
        return closeThrough(through, clock.instant());
    }

    /**
     * {@link #closeThrough(LocalDate)} as of {@code at}: the simulator's night, when its close runs beside
     * the next simulated day's traffic (the platform clock shows that day's time by then).
     */
    public List<LocalDate> closeThrough(LocalDate through, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, IST);
        LocalDate to = through.isAfter(today) ? today : through;
        LocalDate first = store.firstDay();
        long started = System.nanoTime();
        List<LocalDate> closed = store.refresh(first == null ? to.plusDays(1) : first, to, at);
        if (closed.size() > 1) {
            log.info("review day close: {} days closed ({} to {}) in {} ms", closed.size(), closed.getFirst(), closed.getLast(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return closed;
    }

    /** The nightly close of the day before (and of any day changed since the last close). */
    @Scheduled(cron = "${daksetu.review.day-close:0 30 0 * * *}", zone = "Asia/Kolkata")
    public void nightly() {
        List<LocalDate> closed = closeThrough(LocalDate.now(clock.withZone(IST)).minusDays(1));
        if (closed.size() == 1) {
            log.info("review day close: {} closed", closed.getFirst());
        }
    }
}
