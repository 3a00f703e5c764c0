package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.cod.application.CodAccounts;
import org.daksetu.delivery.domain.Action;
import org.daksetu.delivery.domain.Defaults;
import org.daksetu.delivery.domain.DeliveryPolicy;
import org.daksetu.delivery.domain.DeliveryStatus;
import org.daksetu.delivery.domain.Outcome;
import org.daksetu.network.application.DeliveryPromises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Non-delivery reports and what follows them: the shipper's instruction (re-attempt on a date, a
 * corrected address or phone, possibly a new PIN that is re-routed and re-promised, or a return to
 * origin) or, when the shipper says nothing, the defaults of its policy (docs/DELIVERY.md).
 */
@Service
public class NonDelivery {

    /** What a shipper asks for. {@code reattemptOn} with REATTEMPT; address, phone and/or pin with CHANGE_ADDRESS. */
    public record Instruction(String action, LocalDate reattemptOn, String address, String phone, String pin, Instant at) {
    }

    /** What a run of the defaults did. */
    public record DefaultsApplied(LocalDate day, int reattempts, int returns, List<String> returned) {
    }

    private final LastMileSupport support;
    private final DeliveryStore store;
    private final Returns returns;
    private final DeliveryPromises promises;
    private final CodAccounts cod;
    private final OutcomeScans scans;

    public NonDelivery(LastMileSupport support, Returns returns, DeliveryPromises promises, CodAccounts cod, OutcomeScans scans) {
        this.support = support;
        this.store = support.store;
        this.returns = returns;
        this.promises = promises;
        this.cod = cod;
        this.scans = scans;
    }

    public List<NonDeliveryReport> reports(Optional<String> shipper, Optional<String> article, Optional<String> status,
                                           LocalDate from, LocalDate to, int limit) {
        return store.reports(shipper, article, status, from.atStartOfDay(LastMileSupport.IST).toInstant(),
                to.plusDays(1).atStartOfDay(LastMileSupport.IST).toInstant(), Math.max(1, Math.min(limit, 10_000)));
    }

    public NonDeliveryReport report(long id, Optional<String> shipper) {
        return store.report(id).filter(r -> shipper.isEmpty() || r.shipper().equals(shipper.get()))
                .orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no non-delivery report " + id));
    }

    public DeliveryPolicy policy(String shipper) {
        return support.policy(shipper);
    }

    @Transactional
    public DeliveryPolicy setPolicy(String shipper, DeliveryPolicy policy) {
        store.putPolicy(shipper, policy, support.clock.instant());
        return policy;
    }

    /**
     * A shipper's instruction on its article with an open report. Refused (409) on an article that
     * was delivered, is returning, is out for delivery, or has no open report; bad fields are 400.
     */
    @Transactional
    public NonDeliveryReport instruct(String shipper, String articleNumber, Instruction i) {
        String article = articleNumber == null ? "" : articleNumber.strip();
        DeliveryArticle a = store.lock(List.of(article)).get(article);
        if (a == null || !a.shipper().equals(shipper)) {
            throw new NotFoundException("article", article, "no article of yours " + article + " is in the last mile");
        }
        if (a.status().closed() || a.status() == DeliveryStatus.RETURNING) {
            throw new ConflictException("article", article, "article " + article + " is " + a.status() + "; instructions no longer apply");
        }
        if (a.status() == DeliveryStatus.OUT_FOR_DELIVERY) {
            throw new ConflictException("article", article, "article " + article + " is out for delivery now; instruct after the attempt");
        }
        NonDeliveryReport open = store.reports(Optional.of(shipper), Optional.of(article), Optional.of("OPEN"), Instant.EPOCH,
                Instant.parse("9999-01-01T00:00:00Z"), 1).stream().findFirst()
                .orElseThrow(() -> new ConflictException("article", article, "article " + article
                        + " has no open non-delivery report to instruct on"));
        Action action = Action.parse("action", i.action());
        Instant at = support.at("at", i.at());
        LocalDate today = LastMileSupport.day(at);
        switch (action) {
            case REATTEMPT -> {
                if (i.reattemptOn() == null) {
                    throw new InvalidValueException("reattemptOn", "null", "a re-attempt names its date");
                }
                if (i.reattemptOn().isBefore(today) || i.reattemptOn().isAfter(today.plusDays(14))) {
                    throw new InvalidValueException("reattemptOn", i.reattemptOn().toString(), "is between today (" + today
                            + ") and 14 days ahead");
                }
                if (!support.openDays(a.officeId()).test(i.reattemptOn())) {
                    throw new InvalidValueException("reattemptOn", i.reattemptOn().toString(), "office " + a.officeId()
                            + " does not deliver on that day (Sunday, holiday or closure)");
                }
                store.update(a.with(DeliveryStatus.AT_OFFICE).withNextAttempt(Optional.of(i.reattemptOn())));
                store.decide(article, "INSTRUCTED", Optional.of(action.name()), Optional.of(i.reattemptOn()), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), shipper, at);
            }
            case CHANGE_ADDRESS -> changeAddress(shipper, a, i, at, today);
            case RETURN -> {
                returns.start(article, "returned on the shipper's instruction", at);
                store.decide(article, "INSTRUCTED", Optional.of(action.name()), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), shipper, at);
                // start() closed the open report as part of the return; record the instruction on it.
                store.markInstructed(open.id(), action.name(), shipper, at);
            }
        }
        return store.report(open.id()).orElseThrow();
    }

    /** A shipper's instruction on one of its articles, for {@link #instructAll}. */
    public record ShipperInstruction(String shipper, String article, Instruction instruction) {
    }

    /**
     * {@link #instruct} for many articles in one transaction: the same checks on each (fields named
     * {@code instructions[i].article} and so on; the first refused item refuses the call, nothing
     * written) and the same records. Returns, the common case, are written with a statement or two
     * for all of them; re-attempts and changes of address go through {@link #instruct} one by one.
     * Answers the reports in the order of the items.
     */
    @Transactional
    public List<NonDeliveryReport> instructAll(List<ShipperInstruction> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.size() > LastMile.MAX_BATCH) {
            throw new InvalidValueException("instructions", Integer.toString(items.size()), "at most " + LastMile.MAX_BATCH + " per call");
        }
        List<String> articles = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String article = items.get(i).article() == null ? "" : items.get(i).article().strip();
            if (!seen.add(article)) {
                throw new ConflictException("instructions[" + i + "].article", article, "one instruction per article in a request");
            }
            articles.add(article);
        }
        java.util.Map<String, DeliveryArticle> known = store.lock(articles);
        java.util.Map<String, NonDeliveryReport> openReports = store.openReportsOf(articles);
        NonDeliveryReport[] out = new NonDeliveryReport[items.size()];
        List<Returns.Start> starts = new java.util.ArrayList<>();
        List<DeliveryStore.Instructed> instructed = new java.util.ArrayList<>();
        java.util.Map<Long, Integer> slot = new java.util.HashMap<>();
        for (int n = 0; n < items.size(); n++) {
            String p = "instructions[" + n + "].";
            ShipperInstruction item = items.get(n);
            String shipper = item.shipper();
            String article = articles.get(n);
            Instruction i = item.instruction();
            if (i == null) {
                throw new InvalidValueException(p + "instruction", "null", "is required");
            }
            DeliveryArticle a = known.get(article);
            if (a == null || !a.shipper().equals(shipper)) {
                throw new NotFoundException(p + "article", article, "no article of yours " + article + " is in the last mile");
            }
            if (a.status().closed() || a.status() == DeliveryStatus.RETURNING) {
                throw new ConflictException(p + "article", article, "article " + article + " is " + a.status()
                        + "; instructions no longer apply");
            }
            if (a.status() == DeliveryStatus.OUT_FOR_DELIVERY) {
                throw new ConflictException(p + "article", article, "article " + article
                        + " is out for delivery now; instruct after the attempt");
            }
            NonDeliveryReport open = Optional.ofNullable(openReports.get(article)).filter(r -> r.shipper().equals(shipper))
                    .orElseThrow(() -> new ConflictException(p + "article", article, "article " + article
                            + " has no open non-delivery report to instruct on"));
            Action action = Action.parse(p + "action", i.action());
            if (action != Action.RETURN) {
                try {
                    out[n] = instruct(shipper, article, i);
                } catch (RuntimeException e) {
                    throw under(p, e);
                }
                continue;
            }
            Instant at = support.at(p + "at", i.at());
            starts.add(new Returns.Start(article, "returned on the shipper's instruction", at));
            // start() closes the open report as part of the return; the instruction is recorded on it.
            instructed.add(new DeliveryStore.Instructed(open.id(), action.name(), shipper, at));
            slot.put(open.id(), n);
        }
        returns.startAll(starts);
        store.markInstructedAll(instructed);
        store.reports(slot.keySet()).forEach((id, r) -> out[slot.get(id)] = r);
        return List.of(out);
    }

    /** A problem of the per-item path, named under the item's place in the list. */
    private static RuntimeException under(String prefix, RuntimeException e) {
        return switch (e) {
            case InvalidValueException x -> x.at(prefix + x.field());
            case org.daksetu.shared.ValidationException x ->
                    new org.daksetu.shared.ValidationException(x.problems().stream().map(q -> q.at(prefix + q.field())).toList());
            case ConflictException x -> new ConflictException(prefix + x.field(), x.value(), x.getMessage());
            case NotFoundException x -> new NotFoundException(prefix + x.field(), x.value(), x.getMessage());
            default -> e;
        };
    }

    private void changeAddress(String shipper, DeliveryArticle a, Instruction i, Instant at, LocalDate today) {
        Violations v = new Violations();
        String address = i.address() == null || i.address().isBlank() ? null : i.address().strip();
        String phone = i.phone() == null || i.phone().isBlank() ? null : i.phone().replaceAll("[\\s-]", "");
        if (address != null && address.length() > 200) {
            v.add("address", address, "is at most 200 characters");
        }
        if (phone != null && !phone.matches("(\\+91|0)?[6-9][0-9]{9}")) {
            v.add("phone", i.phone(), "an Indian mobile number: 10 digits starting 6-9, optionally +91");
        }
        Pin pin = null;
        if (i.pin() != null && !i.pin().isBlank()) {
            pin = v.check(() -> Pin.parse(i.pin().strip()));
        }
        if (address == null && phone == null && pin == null) {
            v.add("address", "", "a change of address gives a new address, phone or PIN");
        }
        v.throwIfAny();
        long office = a.officeId();
        int newPin = a.pin();
        Optional<LocalDate> edd = a.edd();
        DeliveryStatus status = DeliveryStatus.AT_OFFICE;
        Optional<LocalDate> next = Optional.of(Defaults.workingDaysAfter(today, 1, support.openDays(a.officeId())));
        if (pin != null && pin.value() != a.pin()) {
            DeliveryPromise p;
            try {
                p = promises.promise(a.pickupPoint(), pin, java.time.OffsetDateTime.ofInstant(at, OutcomeScans.IST));
            } catch (InvalidValueException | NotFoundException e) {
                throw new InvalidValueException("pin", i.pin(), "PIN " + pin + " cannot be served: " + e.getMessage());
            }
            newPin = pin.value();
            if (p.deliveryOfficeId() != a.officeId()) {
                office = p.deliveryOfficeId();
                status = DeliveryStatus.REDIRECTED;
                next = Optional.empty();
                edd = Optional.of(p.edd());
                scans.record(List.of(new OutcomeScans.Scan("dlv-redirect-" + a.article() + "-" + at.getEpochSecond(), a.article(), "RT",
                        a.officeId(), at, null)));
                cod.relocate(List.of(a.article()), office);
            } else {
                edd = next;
            }
        }
        store.update(new DeliveryArticle(a.article(), a.shipper(), office, a.pickupPoint(), newPin, a.codPaise(), a.otp(), status,
                a.attempts(), a.failedAttempts(), Optional.empty(), next, Optional.empty(), edd, a.receivedAt(), Optional.empty()));
        store.decide(a.article(), "INSTRUCTED", Optional.of(Action.CHANGE_ADDRESS.name()), Optional.empty(),
                pin == null ? Optional.empty() : Optional.of(pin.value()), Optional.ofNullable(address), Optional.ofNullable(phone),
                edd, shipper, at);
    }

    /**
     * The defaults for shippers who said nothing, as of the start of {@code day}: reports left open
     * from earlier days become a re-attempt (by the policy) or a return (failure limit reached);
     * articles held for the policy's days are returned. Safe to run again: decided reports are not open.
     */
    @Transactional
    public DefaultsApplied applyDefaults(LocalDate day) {
        Instant startOfDay = day.atStartOfDay(LastMileSupport.IST).toInstant();
        // Decided now (the injected clock: simulated time in the simulator), judged as of the start of the day.
        Instant at = support.clock.instant();
        int reattempts = 0;
        List<String> returned = new java.util.ArrayList<>();
        for (NonDeliveryReport r : store.openReports(startOfDay, 100_000)) {
            if (r.outcome() != Outcome.NOT_DELIVERED) {
                continue;
            }
            DeliveryArticle a = store.lock(List.of(r.article())).get(r.article());
            if (a == null || a.status() != DeliveryStatus.AT_OFFICE) {
                continue;
            }
            DeliveryPolicy policy = support.policy(a.shipper());
            switch (Defaults.afterFailure(policy, a.failedAttempts(), LastMileSupport.day(r.reportedAt()), day,
                    support.openDays(a.officeId()))) {
                case Defaults.Reattempt re -> {
                    LocalDate on = re.on().isBefore(day) ? day : re.on();
                    store.update(a.withNextAttempt(Optional.of(on)));
                    store.decide(a.article(), "DEFAULTED", Optional.of(Action.REATTEMPT.name()), Optional.of(on), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), "default", at);
                    reattempts++;
                }
                case Defaults.ReturnToOrigin rto -> {
                    long id = r.id();
                    returns.start(a.article(), rto.why(), at);
                    store.markDefaulted(id, Action.RETURN.name(), at);
                    returned.add(a.article());
                }
                case Defaults.Wait w -> {
                }
            }
        }
        for (DeliveryArticle a : store.heldSince(day.minusDays(1), 100_000)) {
            DeliveryPolicy policy = support.policy(a.shipper());
            if (Defaults.onHold(policy, a.heldSince().orElseThrow(), day) instanceof Defaults.ReturnToOrigin rto) {
                Optional<NonDeliveryReport> open = store.reports(Optional.of(a.shipper()), Optional.of(a.article()), Optional.of("OPEN"),
                        Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), 1).stream().findFirst();
                returns.start(a.article(), rto.why(), at);
                open.ifPresent(o -> store.markDefaulted(o.id(), Action.RETURN.name(), at));
                returned.add(a.article());
            }
        }
        return new DefaultsApplied(day, reattempts, returned.size(), returned);
    }
}
