package org.daksetu.delivery.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.booking.application.ReturnCharges;
import org.daksetu.booking.application.Scope;
import org.daksetu.booking.application.Shipments;
import org.daksetu.booking.domain.Pricing;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.cod.application.CodAccounts;
import org.daksetu.delivery.domain.DeliveryStatus;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns to origin: a return gets its own itinerary back to the pickup point (the forward route
 * reversed, each leg as long as on the way out, leaving when the return starts), is scanned on the
 * way, is delivered to the shipper, and is charged per the tariff in force on the day it started.
 */
@Service
public class Returns {

    private final LastMileSupport support;
    private final DeliveryStore store;
    private final Shipments shipments;
    private final ReturnCharges charges;
    private final PickupPoints pickupPoints;
    private final CodAccounts cod;
    private final OutcomeScans scans;

    public Returns(LastMileSupport support, Shipments shipments, ReturnCharges charges, PickupPoints pickupPoints,
                   CodAccounts cod, OutcomeScans scans) {
        this.support = support;
        this.store = support.store;
        this.shipments = shipments;
        this.charges = charges;
        this.pickupPoints = pickupPoints;
        this.cod = cod;
        this.scans = scans;
    }

    /** Starts the return of an article (locked by the caller or here); an item-returned scan at its office. */
    @Transactional
    public ReturnTrip start(String articleNumber, String reason, Instant requestedAt) {
        Instant at = support.at("at", requestedAt);
        DeliveryArticle a = store.lock(List.of(articleNumber)).get(articleNumber);
        if (a == null) {
            throw new NotFoundException("article", articleNumber, "no article " + articleNumber + " has reached a delivery office");
        }
        if (a.status().closed() || a.status() == DeliveryStatus.RETURNING) {
            throw new ConflictException("article", articleNumber, "article " + articleNumber + " is " + a.status()
                    + "; it cannot be returned now");
        }
        if (a.status() == DeliveryStatus.OUT_FOR_DELIVERY) {
            throw new ConflictException("article", articleNumber, "article " + articleNumber
                    + " is out for delivery; record the attempt first");
        }
        Shipment s = shipments.get(Scope.everyone(), articleNumber);
        List<ReturnTrip.Leg> legs = reverse(s.promise().itinerary().legs(), a.officeId(), at);
        LocalDate edd = LastMileSupport.day(legs.getLast().arrival().toInstant());
        Pricing.ReturnCharge charge = charges.of(s, LastMileSupport.day(at));
        ReturnTrip trip = new ReturnTrip(articleNumber, a.shipper(), reason, at, a.officeId(), a.pickupPoint(), legs, edd,
                charge.tariffVersion(), charge.rtoFreightBasisPoints(), charge.freight().paise(), charge.gst().paise(),
                charge.total().paise(), Optional.empty());
        store.insertReturn(trip);
        store.update(new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                DeliveryStatus.RETURNING, a.attempts(), a.failedAttempts(), a.heldSince(), Optional.empty(), Optional.empty(),
                a.edd(), a.receivedAt(), Optional.empty()));
        store.decide(articleNumber, "CLOSED", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "return", support.clock.instant());
        cod.cancel(List.of(articleNumber), at);
        scans.record(List.of(new OutcomeScans.Scan("dlv-rto-" + articleNumber, articleNumber, "RN", a.officeId(), at, null)));
        return trip;
    }

    /** A return to start: the article, why, and when it was asked for (null: now). */
    public record Start(String article, String reason, Instant requestedAt) {
    }

    /**
     * {@link #start} for many articles in one transaction, with a statement or two for all of them
     * instead of several per article; the same checks (the first refused article refuses the call,
     * its field named {@code returns[i].article} or {@code returns[i].at}) and the same records.
     */
    @Transactional
    public List<ReturnTrip> startAll(List<Start> starts) {
        if (starts.isEmpty()) {
            return List.of();
        }
        List<Instant> ats = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < starts.size(); i++) {
            Start st = starts.get(i);
            try {
                ats.add(support.at("at", st.requestedAt()));
            } catch (InvalidValueException e) {
                throw e.at("returns[" + i + "].at");
            }
            if (!seen.add(st.article())) {
                throw new ConflictException("returns[" + i + "].article", st.article(), "one return per article in a request");
            }
        }
        List<String> articles = starts.stream().map(Start::article).toList();
        java.util.Map<String, DeliveryArticle> known = store.lock(articles);
        for (int i = 0; i < starts.size(); i++) {
            String field = "returns[" + i + "].article";
            String articleNumber = articles.get(i);
            DeliveryArticle a = known.get(articleNumber);
            if (a == null) {
                throw new NotFoundException(field, articleNumber, "no article " + articleNumber + " has reached a delivery office");
            }
            if (a.status().closed() || a.status() == DeliveryStatus.RETURNING) {
                throw new ConflictException(field, articleNumber, "article " + articleNumber + " is " + a.status()
                        + "; it cannot be returned now");
            }
            if (a.status() == DeliveryStatus.OUT_FOR_DELIVERY) {
                throw new ConflictException(field, articleNumber, "article " + articleNumber
                        + " is out for delivery; record the attempt first");
            }
        }
        java.util.Map<String, Shipment> shipmentsOf = shipments.getAll(Scope.everyone(), articles);
        List<ReturnTrip> trips = new ArrayList<>();
        List<DeliveryArticle> returning = new ArrayList<>();
        List<OutcomeScans.Scan> events = new ArrayList<>();
        java.util.Map<Instant, List<String>> cancelAt = new java.util.LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            String articleNumber = articles.get(i);
            Instant at = ats.get(i);
            DeliveryArticle a = known.get(articleNumber);
            Shipment s = shipmentsOf.get(articleNumber);
            if (s == null) {
                s = shipments.get(Scope.everyone(), articleNumber); // answers why it is not found
            }
            List<ReturnTrip.Leg> legs = reverse(s.promise().itinerary().legs(), a.officeId(), at);
            LocalDate edd = LastMileSupport.day(legs.getLast().arrival().toInstant());
            Pricing.ReturnCharge charge = charges.of(s, LastMileSupport.day(at));
            trips.add(new ReturnTrip(articleNumber, a.shipper(), starts.get(i).reason(), at, a.officeId(), a.pickupPoint(), legs, edd,
                    charge.tariffVersion(), charge.rtoFreightBasisPoints(), charge.freight().paise(), charge.gst().paise(),
                    charge.total().paise(), Optional.empty()));
            returning.add(new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                    DeliveryStatus.RETURNING, a.attempts(), a.failedAttempts(), a.heldSince(), Optional.empty(), Optional.empty(),
                    a.edd(), a.receivedAt(), Optional.empty()));
            cancelAt.computeIfAbsent(at, k -> new ArrayList<>()).add(articleNumber);
            events.add(new OutcomeScans.Scan("dlv-rto-" + articleNumber, articleNumber, "RN", a.officeId(), at, null));
        }
        store.insertReturns(trips);
        store.updateAll(returning);
        store.decideAll(articles, "CLOSED", "return", support.clock.instant());
        cancelAt.forEach((at, list) -> cod.cancel(list, at));
        scans.record(events);
        return trips;
    }

    /**
     * The forward legs up to the delivery office, reversed: each as long as on the way out, the
     * first leaving at {@code start}, each next one when the one before arrives.
     */
    List<ReturnTrip.Leg> reverse(List<Leg> forward, long fromOffice, Instant start) {
        List<Leg> way = forward.stream().filter(l -> l.kind() != LegKind.DELIVERY).toList();
        List<ReturnTrip.Leg> back = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.ofInstant(start, OutcomeScans.IST);
        for (int i = way.size() - 1; i >= 0; i--) {
            Leg l = way.get(i);
            Duration d = Duration.between(l.plannedDeparture(), l.plannedArrival());
            OffsetDateTime arrive = t.plus(d);
            long fromId = i == way.size() - 1 ? fromOffice : officeOf(l.to());
            back.add(new ReturnTrip.Leg(l.to(), l.from(), fromId, officeOf(l.from()), t, arrive));
            t = arrive;
        }
        if (back.isEmpty()) {
            throw new IllegalStateException("the shipment's itinerary has no legs to reverse");
        }
        return back;
    }

    private long officeOf(String place) {
        var point = pickupPoints.find(place);
        if (point.isPresent()) {
            return point.get().officeId();
        }
        var hub = support.network.network().hub(place);
        if (hub.isPresent()) {
            return hub.get().officeId();
        }
        return Long.parseLong(place);
    }

    public ReturnTrip get(String article, Optional<String> shipper) {
        return store.findReturn(article).filter(r -> shipper.isEmpty() || r.shipper().equals(shipper.get()))
                .orElseThrow(() -> new NotFoundException("article", article, "no return of article " + article));
    }

    public List<ReturnTrip> list(Optional<String> shipper, LocalDate from, LocalDate to, int limit) {
        return store.returns(shipper, from.atStartOfDay(LastMileSupport.IST).toInstant(),
                to.plusDays(1).atStartOfDay(LastMileSupport.IST).toInstant(), Math.min(limit, 10_000));
    }

    /** A scan of the return on its way back (received or dispatched at an office). */
    @Transactional
    public void scan(String article, long officeId, String code, Instant at) {
        ReturnTrip trip = get(article, Optional.empty());
        Instant when = support.at("at", at);
        if (!"IR".equals(code) && !"ID".equals(code)) {
            throw new InvalidValueException("code", String.valueOf(code), "a return is scanned IR (received) or ID (dispatched) on its way");
        }
        if (trip.deliveredAt().isPresent()) {
            throw new ConflictException("article", article, "the return was delivered to the shipper at " + trip.deliveredAt().get());
        }
        scans.record(List.of(new OutcomeScans.Scan("dlv-rto-" + article + "-" + code + "-" + officeId + "-" + when.getEpochSecond(),
                article, code, officeId, when, null)));
    }

    /** The return reaches the shipper's pickup point and is handed over: a delivery scan there ends the trip. */
    @Transactional
    public ReturnTrip deliverToShipper(String article, Instant at) {
        ReturnTrip trip = get(article, Optional.empty());
        DeliveryArticle a = store.lock(List.of(article)).get(article);
        Instant when = support.at("at", at);
        if (trip.deliveredAt().isPresent()) {
            return trip;
        }
        long office = pickupPoints.get(trip.toPickupPoint()).officeId();
        store.returnDelivered(article, when);
        store.update(new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                DeliveryStatus.RETURNED, a.attempts(), a.failedAttempts(), a.heldSince(), Optional.empty(), Optional.empty(),
                a.edd(), a.receivedAt(), Optional.of(when)));
        scans.record(List.of(new OutcomeScans.Scan("dlv-rto-" + article + "-D", article, "D", office, when, null)));
        return get(article, Optional.empty());
    }

    /** A return handed over at the shipper's pickup point at a time (null: now). */
    public record Handover(String article, Instant at) {
    }

    /**
     * {@link #deliverToShipper} for many returns in one transaction, with a statement or two for all
     * of them; the same checks (fields named {@code returns[i].article} / {@code returns[i].at}) and
     * the same records. Answers the trips in the order given.
     */
    @Transactional
    public List<ReturnTrip> deliverAllToShipper(List<Handover> handovers) {
        if (handovers.isEmpty()) {
            return List.of();
        }
        List<String> articles = handovers.stream().map(Handover::article).toList();
        java.util.Map<String, ReturnTrip> trips = store.findReturns(articles);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!trips.containsKey(articles.get(i))) {
                throw new NotFoundException("returns[" + i + "].article", articles.get(i), "no return of article " + articles.get(i));
            }
            if (!seen.add(articles.get(i))) {
                throw new ConflictException("returns[" + i + "].article", articles.get(i), "one handover per article in a request");
            }
        }
        java.util.Map<String, DeliveryArticle> known = store.lock(articles);
        java.util.Map<String, Instant> delivered = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> officeOfPoint = new java.util.HashMap<>();
        List<DeliveryArticle> updated = new ArrayList<>();
        List<OutcomeScans.Scan> events = new ArrayList<>();
        for (int i = 0; i < handovers.size(); i++) {
            String article = articles.get(i);
            ReturnTrip trip = trips.get(article);
            Instant when;
            try {
                when = support.at("at", handovers.get(i).at());
            } catch (InvalidValueException e) {
                throw e.at("returns[" + i + "].at");
            }
            if (trip.deliveredAt().isPresent()) {
                continue;
            }
            DeliveryArticle a = known.get(article);
            long office = officeOfPoint.computeIfAbsent(trip.toPickupPoint(), p -> pickupPoints.get(p).officeId());
            delivered.put(article, when);
            updated.add(new DeliveryArticle(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otp(),
                    DeliveryStatus.RETURNED, a.attempts(), a.failedAttempts(), a.heldSince(), Optional.empty(), Optional.empty(),
                    a.edd(), a.receivedAt(), Optional.of(when)));
            events.add(new OutcomeScans.Scan("dlv-rto-" + article + "-D", article, "D", office, when, null));
        }
        store.returnsDelivered(delivered);
        store.updateAll(updated);
        scans.record(events);
        java.util.Map<String, ReturnTrip> after = store.findReturns(articles);
        return articles.stream().map(after::get).toList();
    }
}
