package org.daksetu.tracking.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.Route;
import org.daksetu.tracking.domain.ScanCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of trackable articles. Booking registers each parcel it books, in its own booking
 * transaction (this joins it), so that no scan ever finds a booked article unknown. Registering an
 * article again is harmless: the first registration stands.
 */
@Service
public class Articles {

    private final TrackingStore store;
    private final ScanIntake intake;
    private final TransmissionStore transmission;
    private final PickupPoints pickupPoints;
    /** office id -> hub code, and pickup point code -> its office id; rebuilt when the network changes. */
    private final AtomicReference<Places> places = new AtomicReference<>();

    private record Places(Map<String, String> hubCodeToOffice, Map<String, String> pickupPointToOffice) {
    }

    public Articles(TrackingStore store, TransmissionStore transmission, PickupPoints pickupPoints, NetworkDirectory network,
                    ScanIntake intake) {
        this.store = store;
        this.intake = intake;
        this.transmission = transmission;
        this.pickupPoints = pickupPoints;
        network.onChange(() -> places.set(null));
        pickupPoints.onChange(() -> places.set(null));
    }

    @Transactional
    public boolean register(ArticleRegistration registration) {
        return registerAll(List.of(registration)) == 1;
    }

    /** Registers many articles at once (bulk booking); returns how many were new. */
    @Transactional
    public int registerAll(List<ArticleRegistration> registrations) {
        return store.register(registrations.stream().map(r -> new RegisteredArticle(r, route(r))).toList());
    }

    /**
     * Booking cancelled the article's shipment (before pickup): recorded in the article's history
     * as a {@code XC} event at its pickup point and time {@code at}, so its state becomes
     * CANCELLED and its shipper's feed gets the change on every channel. Joins the caller's
     * (booking's) transaction: the cancellation and the feed entry commit together. Cancelling
     * again adds nothing (the event id is the article's). Returns false for an article tracking
     * does not know.
     */
    @Transactional
    public boolean cancel(ArticleNumber article, java.time.OffsetDateTime at) {
        java.util.Optional<TrackedArticle> found = store.find(article);
        if (found.isEmpty()) {
            return false;
        }
        String place = found.get().article().registration().pickupPoint();
        IncomingScan raw = new IncomingScan("cancel:" + article.value(), article.value(), null, ScanCode.XC.name(), place,
                at.toString(), null);
        intake.applyPlatformEvents(List.of(new ParsedScan(0, raw.eventId(), java.util.Optional.of(article),
                java.util.Optional.empty(), ScanCode.XC, place, at.toInstant(), java.util.Optional.empty(), raw)), "booking");
        return true;
    }

    /** The route of a registration: its itinerary and EDD, and the office ids that stand for its places. */
    public Route route(ArticleRegistration r) {
        Places p = places();
        Map<String, String> aliases = new HashMap<>();
        for (Leg leg : r.itinerary().legs()) {
            for (String place : List.of(leg.from(), leg.to())) {
                String office = p.hubCodeToOffice().get(place);
                if (office == null) {
                    office = p.pickupPointToOffice().get(place);
                }
                if (office != null && !r.itinerary().passesThrough(office)) {
                    aliases.put(office, place);
                }
            }
        }
        return new Route(r.itinerary(), r.edd(), aliases);
    }

    private Places places() {
        Places p = places.get();
        if (p == null) {
            Map<String, String> hubs = new HashMap<>();
            for (Hub h : transmission.load().hubs()) {
                hubs.put(h.code(), Long.toString(h.officeId()));
            }
            Map<String, String> points = new HashMap<>();
            for (PickupPoint point : pickupPoints.list(true)) {
                points.put(point.code(), Long.toString(point.officeId()));
            }
            p = new Places(Map.copyOf(hubs), Map.copyOf(points));
            places.set(p);
        }
        return p;
    }
}
