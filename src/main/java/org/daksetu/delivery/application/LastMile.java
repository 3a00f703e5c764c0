package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.booking.application.Scope;
import org.daksetu.booking.application.ShipmentForDelivery;
import org.daksetu.booking.application.Shipments;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.cod.application.CodAccounts;
import org.daksetu.delivery.domain.Beat;
import org.daksetu.delivery.domain.Defaults;
import org.daksetu.delivery.domain.DeliveryStatus;
import org.daksetu.delivery.domain.Otp;
import org.daksetu.delivery.domain.Outcome;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.ValidationException;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last mile at a delivery office: articles received, out-for-delivery runs, and the outcome of
 * every attempt (delivered, with the OTP and the COD collection; not delivered with a reason; held
 * at the office). Every call takes many items and is one transaction: refused whole (4xx, nothing
 * written) when one item is wrong. Each event is also a scan in tracking, so it reaches the feed.
 */
@Service
public class LastMile {

    public static final int MAX_BATCH = 10_000;

    /** An article arriving at a delivery office; without an office, the one its promise named. */
    public record Receipt(String article, Long officeId, Instant at) {
    }

    public record RunRequest(long officeId, String beat, String postman, LocalDate runDate, Instant startedAt,
                             List<String> articles) {
    }

    /** The outcome of one attempt; {@code collection} only with DELIVERED on a COD article. */
    public record AttemptRequest(String article, String outcome, String reason, String otp, Instant at,
                                 CollectionRequest collection) {
    }

    public record CollectionRequest(String mode, Long amountPaise, String upiReference) {
    }

    public record AttemptResult(Attempt attempt, DeliveryArticle article, Optional<Long> reportId) {
    }

    private final LastMileSupport support;
    private final DeliveryStore store;
    private final Shipments shipments;
    private final CodAccounts cod;
    private final OutcomeScans scans;
    private final Beats beats;
    private final TransmissionPlanning transmission;

    public LastMile(LastMileSupport support, Shipments shipments, CodAccounts cod, OutcomeScans scans, Beats beats,
                    TransmissionPlanning transmission) {
        this.support = support;
        this.store = support.store;
        this.shipments = shipments;
        this.cod = cod;
        this.scans = scans;
        this.beats = beats;
        this.transmission = transmission;
    }

    /**
     * The office a parcel is received at when the receipt names none: the place its itinerary
     * delivers from, a post office by its id or a Nodal Delivery Centre by its hub code, which works
     * from its own office. The PIN's delivery office would make tracking flag the parcel as misrouted
     * wherever an NDC stands in for it. Shipments without a door leg fall back to the PIN's office.
     */
    long deliveringOffice(Shipment s) {
        Optional<String> place = s.promise().itinerary().legs().stream()
                .filter(l -> l.kind() == LegKind.DELIVERY).map(Leg::from).findFirst();
        if (place.isEmpty()) {
            return s.promise().deliveryOfficeId();
        }
        String p = place.get();
        return p.chars().allMatch(Character::isDigit) ? Long.parseLong(p) : transmission.hub(p).officeId();
    }

    public DeliveryArticle article(String article, Optional<String> shipper) {
        return store.find(article == null ? "" : article.strip()).filter(a -> shipper.isEmpty() || a.shipper().equals(shipper.get()))
                .orElseThrow(() -> new NotFoundException("article", article, "no article " + article + " has reached a delivery office"));
    }

    public List<Attempt> attempts(String article, Optional<String> shipper) {
        return store.attempts(article(article, shipper).article());
    }

    private static void checkSize(String field, int n) {
        if (n == 0) {
            throw new InvalidValueException(field, "[]", "name at least one");
        }
        if (n > MAX_BATCH) {
            throw new InvalidValueException(field, Integer.toString(n), "at most " + MAX_BATCH + " per call");
        }
    }

    /**
     * Articles arrive at their delivery office (an item-received scan there). A redirected article
     * arrives at its new office. Receiving an article again changes nothing.
     */
    @Transactional
    public List<DeliveryArticle> receive(List<Receipt> receipts) {
        checkSize("receipts", receipts.size());
        List<InvalidValueException> problems = new ArrayList<>();
        // Only what the last mile needs of each shipment; the whole shipment (its itinerary) only for
        // the receipts that name no office.
        Map<String, ShipmentForDelivery> found = shipments.getAllForDelivery(Scope.everyone(),
                receipts.stream().map(r -> r.article() == null ? "" : r.article().strip()).toList());
        Map<String, ShipmentForDelivery> booked = new LinkedHashMap<>();
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            String field = "receipts[" + i + "].article";
            ShipmentForDelivery s = found.get(r.article() == null ? "" : r.article().strip());
            if (s == null) {
                problems.add(new InvalidValueException(field, String.valueOf(r.article()), "no booked shipment has this article number"));
            } else if (s.status() == ShipmentStatus.CANCELLED) {
                problems.add(new InvalidValueException(field, r.article(), "shipment " + r.article() + " was cancelled"));
            } else {
                booked.put(s.articleNumber().value(), s);
            }
            try {
                support.at("receipts[" + i + "].at", r.at());
            } catch (InvalidValueException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, DeliveryArticle> known = store.lock(booked.keySet());
        Map<String, Shipment> itineraries = shipments.getAll(Scope.everyone(), receipts.stream()
                .filter(r -> r.officeId() == null && !known.containsKey(r.article().strip()))
                .map(r -> r.article().strip()).distinct().toList());
        List<DeliveryArticle> fresh = new ArrayList<>();
        List<DeliveryArticle> arrived = new ArrayList<>();
        List<CodAccounts.Expectation> expected = new ArrayList<>();
        List<OutcomeScans.Scan> events = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Receipt r : receipts) {
            ShipmentForDelivery s = booked.get(r.article().strip());
            String article = s.articleNumber().value();
            order.add(article);
            Instant at = support.at("at", r.at());
            DeliveryArticle existing = known.get(article);
            if (existing != null) {
                if (existing.status() == DeliveryStatus.REDIRECTED
                        && (r.officeId() == null || r.officeId() == existing.officeId())) {
                    DeliveryArticle here = new DeliveryArticle(article, existing.shipper(), existing.officeId(), existing.pickupPoint(),
                            existing.pin(), existing.codPaise(), existing.otp(), DeliveryStatus.AT_OFFICE, existing.attempts(),
                            existing.failedAttempts(), Optional.empty(), Optional.of(LastMileSupport.day(at)), Optional.empty(),
                            existing.edd(), existing.receivedAt(), Optional.empty());
                    arrived.add(here);
                    known.put(article, here);
                    events.add(new OutcomeScans.Scan("dlv-rcv-" + article + "-" + existing.officeId(), article, "IR",
                            existing.officeId(), at, null));
                }
                continue;
            }
            long office = r.officeId() != null ? r.officeId() : deliveringOffice(itineraries.get(article));
            DeliveryArticle a = new DeliveryArticle(article, s.shipper(), office, s.pickupPoint(),
                    s.pin().value(), s.codAmount().paise(),
                    s.otpDelivery() ? Optional.of(Otp.issue()) : Optional.empty(), DeliveryStatus.AT_OFFICE, 0, 0,
                    Optional.empty(), Optional.of(LastMileSupport.day(at)), Optional.empty(), Optional.of(s.edd()), at,
                    Optional.empty());
            fresh.add(a);
            known.put(article, a);
            if (s.cod()) {
                expected.add(new CodAccounts.Expectation(article, s.shipper(), office, s.codAmount(),
                        s.codFee(), s.bookedAt().toInstant()));
            }
            events.add(new OutcomeScans.Scan("dlv-rcv-" + article + "-" + office, article, "IR", office, at, null));
        }
        store.insert(fresh);
        store.updateAll(arrived);
        cod.expect(expected);
        scans.record(events);
        return order.stream().distinct().map(known::get).toList();
    }

    /**
     * Starts out-for-delivery runs: each assigns articles waiting at its office to a postman on a beat.
     * The runs are checked one after the other, as if started one by one (an article in two runs is
     * out for delivery when the second is checked); then all are written with a statement or two each
     * kind (runs, their articles, the articles' new state, one tracking intake for every scan).
     */
    @Transactional
    public List<DeliveryRun> startRuns(List<RunRequest> runs) {
        checkSize("runs", runs.size());
        Map<Long, List<Beat>> beatsOf = store.beats(runs.stream().map(RunRequest::officeId).distinct().toList());
        List<String> every = new ArrayList<>();
        for (RunRequest r : runs) {
            if (r.articles() != null) {
                r.articles().forEach(a -> every.add(a == null ? "" : a.strip()));
            }
        }
        Map<String, DeliveryArticle> known = store.lock(new java.util.LinkedHashSet<>(every));
        List<DeliveryStore.NewRun> planned = new ArrayList<>();
        for (RunRequest r : runs) {
            planned.add(plan(r, beatsOf, known));
        }
        List<Long> ids = store.insertRuns(planned);
        List<OutcomeScans.Scan> events = new ArrayList<>();
        // An article is in one run (a second run of the same call would have been refused above); only
        // its status and current run change.
        Map<String, Long> runOf = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            DeliveryStore.NewRun run = planned.get(i);
            long id = ids.get(i);
            for (String article : run.articles()) {
                runOf.put(article, id);
                events.add(new OutcomeScans.Scan("dlv-run-" + id + "-" + article, article, "BD", run.officeId(), run.startedAt(), null));
            }
        }
        store.outForDelivery(runOf);
        scans.record(events);
        return store.runs(ids);
    }

    @Transactional
    public DeliveryRun startRun(RunRequest r) {
        return startRuns(List.of(r)).getFirst();
    }

    /**
     * Checks one run against the articles as they stand ({@code known}, locked by the caller) and
     * marks its articles out for delivery there, so a later run of the same call sees them so.
     */
    private DeliveryStore.NewRun plan(RunRequest r, Map<Long, List<Beat>> beatsOf, Map<String, DeliveryArticle> known) {
        if (r.articles() == null) {
            throw new InvalidValueException("articles", "null", "name the articles of the run");
        }
        checkSize("articles", r.articles().size());
        if (r.runDate() == null) {
            throw new InvalidValueException("runDate", "null", "is required");
        }
        List<Beat> officeBeats = beatsOf.get(r.officeId());
        if (officeBeats == null) {
            officeBeats = beats.list(r.officeId()); // generated on first use; an unknown office is answered 404
            beatsOf.put(r.officeId(), officeBeats);
        }
        Beat beat = officeBeats.stream().filter(b -> b.code().equals(r.beat())).findFirst()
                .orElseThrow(() -> new InvalidValueException("beat", String.valueOf(r.beat()), "office " + r.officeId() + " has no such beat"));
        if (!beat.active()) {
            throw new InvalidValueException("beat", r.beat(), "beat " + r.beat() + " of office " + r.officeId() + " is not active");
        }
        Instant at = support.at("startedAt", r.startedAt());
        List<String> articles = r.articles().stream().map(a -> a == null ? "" : a.strip()).distinct().toList();
        List<InvalidValueException> problems = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String field = "articles[" + i + "]";
            DeliveryArticle a = known.get(articles.get(i));
            if (a == null) {
                problems.add(new InvalidValueException(field, articles.get(i), "the article has not reached a delivery office"));
            } else if (a.officeId() != r.officeId()) {
                problems.add(new InvalidValueException(field, a.article(), "the article is at office " + a.officeId() + ", not " + r.officeId()));
            } else if (a.status() != DeliveryStatus.AT_OFFICE) {
                problems.add(new InvalidValueException(field, a.article(), "the article is " + a.status() + ", not waiting at the office"));
            } else if (a.nextAttemptOn().isEmpty()) {
                problems.add(new InvalidValueException(field, a.article(), "the article waits for its shipper's instruction or a return"));
            } else if (a.nextAttemptOn().get().isAfter(r.runDate())) {
                problems.add(new InvalidValueException(field, a.article(), "the next attempt is due on " + a.nextAttemptOn().get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        for (String article : articles) {
            known.put(article, known.get(article).with(DeliveryStatus.OUT_FOR_DELIVERY));
        }
        String postman = r.postman() == null || r.postman().isBlank() ? beat.postman() : r.postman().strip();
        return new DeliveryStore.NewRun(r.officeId(), beat.code(), postman, r.runDate(), at, articles);
    }

    public DeliveryRun run(long id) {
        return store.run(id).orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no delivery run " + id));
    }

    public List<DeliveryRun> runs(long officeId, LocalDate day) {
        return store.runs(officeId, day);
    }

    /** Records attempt outcomes; see the class comment. */
    @Transactional
    public List<AttemptResult> record(List<AttemptRequest> attempts) {
        checkSize("attempts", attempts.size());
        List<InvalidValueException> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            String a = attempts.get(i).article() == null ? "" : attempts.get(i).article().strip();
            if (!seen.add(a)) {
                throw new ConflictException("attempts[" + i + "].article", a, "one attempt per article in a request");
            }
            keys.add(a);
        }
        Map<String, DeliveryArticle> known = store.lock(keys);
        record Checked(AttemptRequest request, DeliveryArticle article, Outcome outcome, Optional<String> reason, Instant at) {
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            AttemptRequest r = attempts.get(i);
            String field = "attempts[" + i + "]";
            DeliveryArticle a = known.get(keys.get(i));
            if (a == null) {
                throw new NotFoundException(field + ".article", keys.get(i), "article " + keys.get(i) + " has not reached a delivery office");
            }
            if (a.status().closed() || a.status() == DeliveryStatus.RETURNING) {
                throw new ConflictException(field + ".article", a.article(), "article " + a.article() + " is " + a.status()
                        + "; no more delivery attempts");
            }
            try {
                Outcome outcome = Outcome.parse(field + ".outcome", r.outcome());
                Instant at = support.at(field + ".at", r.at());
                Optional<String> reason = Optional.empty();
                switch (outcome) {
                    case DELIVERED -> {
                        if (a.status() == DeliveryStatus.REDIRECTED) {
                            throw new InvalidValueException(field + ".article", a.article(), "the article is on its way to office "
                                    + a.officeId() + " after a change of address");
                        }
                        if (a.otpRequired() && !Otp.matches(a.otp().get(), r.otp())) {
                            throw new InvalidValueException(field + ".otp", r.otp() == null ? "" : r.otp(),
                                    "the shipment asked for OTP delivery and this is not the consignee's OTP; the parcel stays undelivered");
                        }
                    }
                    case NOT_DELIVERED -> {
                        if (a.status() != DeliveryStatus.OUT_FOR_DELIVERY) {
                            throw new InvalidValueException(field + ".outcome", "NOT_DELIVERED", "only an article out for delivery can fail an attempt; it is "
                                    + a.status());
                        }
                        if (r.reason() == null || r.reason().isBlank()) {
                            throw new InvalidValueException(field + ".reason", "", "a failed attempt carries a reason code 01-41");
                        }
                        reason = Optional.of(NonDeliveryReason.of(r.reason()).code());
                    }
                    case HELD -> {
                        if (a.status() != DeliveryStatus.OUT_FOR_DELIVERY && a.status() != DeliveryStatus.AT_OFFICE) {
                            throw new InvalidValueException(field + ".outcome", "HELD", "the article is " + a.status());
                        }
                        if (r.reason() != null && !r.reason().isBlank()) {
                            reason = Optional.of(NonDeliveryReason.of(r.reason()).code());
                        }
                    }
                }
                if (r.collection() != null && outcome != Outcome.DELIVERED) {
                    throw new InvalidValueException(field + ".collection", "present", "money is collected only at delivery");
                }
                checked.add(new Checked(r, a, outcome, reason, at));
            } catch (InvalidValueException e) {
                problems.add(e.field().startsWith(field) ? e : e.at(field + "." + e.field()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = support.clock.instant();
        Map<String, Long> attemptIds = store.insertAttempts(checked.stream().map(c -> new DeliveryStore.NewAttempt(
                c.article().article(), c.article().currentRun(), c.article().officeId(), c.outcome(), c.reason(),
                c.outcome() == Outcome.DELIVERED && c.article().otpRequired(), c.at())).toList(), now);
        // Every outcome answers the reports left open by earlier attempts; failures and holds open a new one.
        store.closeOpenReports(keys, "next attempt", now);
        Map<String, Long> reportIds = store.insertReports(checked.stream().filter(c -> c.outcome() != Outcome.DELIVERED)
                .map(c -> new DeliveryStore.NewReport(c.article().article(), c.article().shipper(),
                        attemptIds.get(c.article().article()), c.outcome(), c.reason(), c.at())).toList());
        List<AttemptResult> results = new ArrayList<>();
        List<DeliveryArticle> updated = new ArrayList<>();
        List<OutcomeScans.Scan> events = new ArrayList<>();
        Map<String, Instant> delivered = new LinkedHashMap<>();
        List<CodAccounts.Collection> collections = new ArrayList<>();
        List<Integer> collectionAttempt = new ArrayList<>();
        // One policy look-up per shipper in the call, not one per failed attempt.
        Map<String, org.daksetu.delivery.domain.DeliveryPolicy> policies = new java.util.HashMap<>();
        for (int ci = 0; ci < checked.size(); ci++) {
            Checked c = checked.get(ci);
            DeliveryArticle a = c.article();
            LocalDate day = LastMileSupport.day(c.at());
            long attemptId = attemptIds.get(a.article());
            String eventId = "dlv-att-" + attemptId;
            DeliveryArticle after = switch (c.outcome()) {
                case DELIVERED -> {
                    delivered.put(a.article(), c.at());
                    events.add(new OutcomeScans.Scan(eventId, a.article(), "D", a.officeId(), c.at(), null));
                    if (c.request().collection() != null) {
                        var col = c.request().collection();
                        collections.add(new CodAccounts.Collection(a.article(), col.mode(), col.amountPaise(), col.upiReference(), c.at()));
                        collectionAttempt.add(ci);
                    }
                    yield new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                            DeliveryStatus.DELIVERED, a.attempts() + 1, a.failedAttempts(), a.heldSince(), Optional.empty(),
                            Optional.empty(), a.edd(), a.receivedAt(), Optional.of(c.at()));
                }
                case NOT_DELIVERED -> {
                    int failed = a.failedAttempts() + 1;
                    events.add(new OutcomeScans.Scan(eventId, a.article(), "N", a.officeId(), c.at(), c.reason().orElseThrow()));
                    yield new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                            DeliveryStatus.AT_OFFICE, a.attempts() + 1, failed, a.heldSince(),
                            Defaults.nextAttempt(policies.computeIfAbsent(a.shipper(), support::policy), failed, day,
                                    support.openDays(a.officeId())),
                            Optional.empty(), a.edd(), a.receivedAt(), Optional.empty());
                }
                case HELD -> {
                    events.add(new OutcomeScans.Scan(eventId, a.article(), "OH", a.officeId(), c.at(), null));
                    yield new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                            DeliveryStatus.HELD, a.attempts(), a.failedAttempts(), Optional.of(a.heldSince().orElse(day)),
                            Optional.empty(), Optional.empty(), a.edd(), a.receivedAt(), Optional.empty());
                }
            };
            updated.add(after);
            results.add(new AttemptResult(new Attempt(attemptId, a.article(), a.currentRun(), a.officeId(), c.outcome(), c.reason(),
                    c.outcome() == Outcome.DELIVERED && a.otpRequired(), c.at()), after,
                    Optional.ofNullable(reportIds.get(a.article()))));
        }
        store.updateAll(updated);
        cod.delivered(delivered);
        try {
            cod.collect(collections, delivered.keySet());
        } catch (ValidationException e) {
            throw new ValidationException(e.problems().stream().map(p -> p.at(attemptField(p.field(), collectionAttempt))).toList());
        } catch (ConflictException e) {
            throw new ConflictException(attemptField(e.field(), collectionAttempt), e.value(), e.getMessage());
        } catch (NotFoundException e) {
            throw new NotFoundException(attemptField(e.field(), collectionAttempt), e.value(), e.getMessage());
        }
        scans.record(events);
        return results;
    }

    /** cod names the collection's place in its own list ("collections[2].amountPaise"); the caller sent attempts. */
    static String attemptField(String field, List<Integer> attemptOfCollection) {
        var m = java.util.regex.Pattern.compile("^collections\\[(\\d+)](.*)$").matcher(field);
        if (!m.matches()) {
            return field;
        }
        int i = Integer.parseInt(m.group(1));
        String rest = m.group(2);
        return "attempts[" + (i < attemptOfCollection.size() ? attemptOfCollection.get(i) : i) + "]"
                + (rest.equals(".article") ? ".article" : ".collection" + rest);
    }
}
