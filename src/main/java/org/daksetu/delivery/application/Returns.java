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
}
