package org.daksetu.tracking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.daksetu.tracking.domain.ScanCode;
import org.daksetu.tracking.domain.TrackingState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scan intake, whatever the channel (HTTP, file, Kafka): checks every scan, appends the good ones,
 * derives the state of every article they touch again from its whole history, and writes the feed
 * entries, all in one transaction. A scan that fails a check is kept in quarantine with every
 * reason; a scan whose event id was seen before is ignored. Nothing is dropped silently.
 */
@Service
public class ScanIntake {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScanIntake.class);

    public static final int MAX_EVENTS = 50_000;
    static final int MAX_ID = 100, MAX_PLACE = 40, MAX_BAG = 40;
    /** Scanner clocks drift; a scan dated more than a day ahead is a wrong clock, not a future scan. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final TrackingStore store;
    private final Clock clock;

    public ScanIntake(TrackingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public IntakeReport accept(List<IncomingScan> scans, String source) {
        if (scans.size() > MAX_EVENTS) {
            throw new InvalidValueException("events", Integer.toString(scans.size()),
                    "at most " + MAX_EVENTS + " events per request");
        }
        Instant now = clock.instant();
        Outcome o = process(scans, source, now);
        store.quarantine(o.rejections.stream().map(r -> new QuarantinedScan(0, source, scans.get(r.index()), r.reasons(), now))
                .toList());
        return o.report;
    }

    /**
     * Applies quarantined scans again (after the article was registered, say). Those that now pass
     * are marked replayed; the others stay open with their new reasons.
     */
    @Transactional
    public IntakeReport replay(Collection<Long> ids) {
        List<QuarantinedScan> open = store.openQuarantine(ids);
        List<IncomingScan> scans = open.stream().map(QuarantinedScan::scan).toList();
        Outcome o = process(scans, "replay", clock.instant());
        Map<Integer, Rejection> failed = new HashMap<>();
        o.rejections.forEach(r -> failed.put(r.index(), r));
        List<Long> passed = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Rejection r = failed.get(i);
            if (r == null) {
                passed.add(open.get(i).id());
            } else {
                store.updateReasons(open.get(i).id(), r.reasons());
            }
        }
        store.resolve(passed, "REPLAYED", clock.instant());
        return o.report;
    }

    /** Marks quarantined scans as discarded by an operator; they stay in the table for the record. */
    @Transactional
    public int discard(Collection<Long> ids) {
        List<Long> open = store.openQuarantine(ids).stream().map(QuarantinedScan::id).toList();
        store.resolve(open, "DISCARDED", clock.instant());
        return open.size();
    }

    private record Outcome(IntakeReport report, List<Rejection> rejections) {
    }

    /**
     * Events DakSetu records itself (a cancelled booking), already checked by the caller: applied
     * through the same pipeline as scans (dedupe by id, state, feed, one transaction), so the
     * shipper hears of them like of any scan. Joins the caller's transaction.
     */
    @Transactional
    IntakeReport applyPlatformEvents(List<ParsedScan> events, String source) {
        return applyValid(events, new ArrayList<>(), events.size(), source, clock.instant()).report;
    }

    private Outcome process(List<IncomingScan> scans, String source, Instant now) {
        List<ParsedScan> valid = new ArrayList<>(scans.size());
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            List<String> reasons = new ArrayList<>(0);
            ParsedScan p = parse(i, scans.get(i), now, reasons);
            if (p != null) {
                valid.add(p);
            } else {
                rejections.add(new Rejection(i, scans.get(i).eventId(), reasons));
            }
        }
        return applyValid(valid, rejections, scans.size(), source, now);
    }

    private Outcome applyValid(List<ParsedScan> valid, List<Rejection> rejections, int received, String source, Instant now) {
        long t0 = System.nanoTime();
        TrackingStore.Applied applied = store.apply(valid, source, now);
        long t1 = System.nanoTime();
        for (ParsedScan unknown : applied.unknownArticles()) {
            rejections.add(new Rejection(unknown.index(), unknown.eventId(),
                    List.of("article " + unknown.article().orElseThrow() + " is not registered")));
        }
        List<TrackedArticle> found = applied.articles() != null ? applied.articles() : store.find(applied.affected());
        long t2 = System.nanoTime();
        List<TrackingState> states = applied.states() != null ? applied.states() : found.stream().map(TrackedArticle::state).toList();
        long t3 = System.nanoTime();
        java.util.Map<ArticleNumber, String> shippers = new HashMap<>();
        found.forEach(a -> shippers.put(a.article().registration().article(), a.article().registration().shipperId()));
        store.publish(shippers, states, now);
        if (log.isDebugEnabled()) {
            log.debug("intake of {}: append {} ms, load histories {} ms, derive {} ms, publish {} ms", received,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        }
        rejections.sort(java.util.Comparator.comparingInt(Rejection::index));
        return new Outcome(new IntakeReport(received, applied.accepted(), applied.duplicates(),
                applied.appliedToArticles(), rejections), rejections);
    }

    /** Checks one scan; returns null and fills {@code reasons} when it fails. */
    static ParsedScan parse(int index, IncomingScan s, Instant now, List<String> reasons) {
        String id = trim(s.eventId());
        if (id == null) {
            reasons.add("eventId is required");
        } else if (id.length() > MAX_ID) {
            reasons.add("eventId is longer than " + MAX_ID + " characters");
        }
        Optional<ScanCode> code = ScanCode.parse(s.code());
        if (code.isEmpty()) {
            reasons.add(s.code() == null || s.code().isBlank() ? "code is required"
                    : "code '" + s.code() + "' is not an India Post article or bag event");
        }
        String place = trim(s.office());
        if (place == null) {
            reasons.add("office is required");
        } else if (place.length() > MAX_PLACE) {
            reasons.add("office is longer than " + MAX_PLACE + " characters");
        }
        String bag = trim(s.bag());
        if (bag != null && bag.length() > MAX_BAG) {
            reasons.add("bag is longer than " + MAX_BAG + " characters");
        }
        Optional<ArticleNumber> article = Optional.empty();
        if (code.isPresent() && code.get().bagEvent()) {
            if (bag == null) {
                reasons.add("a bag event names its bag");
            }
        } else {
            try {
                article = Optional.of(ArticleNumber.parse(s.article()));
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
            }
        }
        Instant at = null;
        if (trim(s.occurredAt()) == null) {
            reasons.add("occurredAt is required");
        } else {
            try {
                at = ScanTimes.parse(s.occurredAt().trim());
                if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
                    reasons.add("occurredAt " + s.occurredAt() + " is more than a day ahead of now");
                } else if (at.isBefore(EARLIEST)) {
                    reasons.add("occurredAt " + s.occurredAt() + " is before 2000");
                }
            } catch (DateTimeParseException e) {
                reasons.add("occurredAt '" + s.occurredAt() + "' is not an ISO-8601 time with offset (2026-11-23T10:15:00+05:30)");
            }
        }
        Optional<NonDeliveryReason> reason = Optional.empty();
        if (code.isPresent() && code.get() == ScanCode.N) {
            if (trim(s.reason()) == null) {
                reasons.add("a not-delivered event carries a reason code 01-41");
            } else {
                try {
                    reason = Optional.of(NonDeliveryReason.of(s.reason()));
                } catch (InvalidValueException e) {
                    reasons.add(e.getMessage());
                }
            }
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        return new ParsedScan(index, id, article, Optional.ofNullable(bag), code.get(), place, at, reason, s);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
