package org.daksetu.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.TrackedArticle;
import org.daksetu.tracking.domain.Anomaly;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.daksetu.tracking.domain.ScanEvent;
import org.daksetu.tracking.domain.ShipperVocabulary;
import org.daksetu.tracking.domain.TrackingState;
import org.daksetu.tracking.domain.TrackingStatus;

/** What tracking shows: to the public (no personal data) and to the article's shipper (everything). */
final class TrackingViews {

    private TrackingViews() {
    }

    record PublicEvent(String code, String description, String office, OffsetDateTime at) {
    }

    record Step(String description, String office, OffsetDateTime plannedBy) {
    }

    /**
     * Public: status, where and when, what comes next, the dates. No shipper, no addressee, no
     * COD amount, no destination PIN, no bag, and no non-delivery reason (a reason such as
     * "deceased" or "refused" says something about the addressee).
     */
    record PublicTracking(String article, TrackingStatus status, String location, PublicEvent lastEvent, Step nextStep,
                          LocalDate edd, LocalDate revisedEdd, List<PublicEvent> events) {

        static PublicTracking of(TrackedArticle a) {
            return of(a, Optional.empty());
        }

        static PublicTracking of(TrackedArticle a, Optional<LocalDate> delayedTo) {
            TrackingState s = a.state();
            return new PublicTracking(s.article().value(), s.status(), s.location().orElse(null),
                    s.lastEvent().map(PublicTracking::event).orElse(null), step(s), s.edd(), shownRevisedEdd(s, delayedTo),
                    a.history().stream().sorted(ScanEvent.PHYSICAL_ORDER).map(PublicTracking::event).toList());
        }

        private static PublicEvent event(ScanEvent e) {
            return new PublicEvent(e.code().name(), e.code().description(), e.place(), ist(e.occurredAt()));
        }
    }

    record ShipperEvent(String eventId, String code, String description, String office, OffsetDateTime at,
                        OffsetDateTime receivedAt, String reasonCode, String reason, String bag, String shippingV2,
                        String at7Status, String at7Reason) {
        static ShipperEvent of(ScanEvent e, boolean returnLeg) {
            ShipperVocabulary v = ShipperVocabulary.of(e.code(), e.reason(), returnLeg);
            return new ShipperEvent(e.eventId(), e.code().name(), e.code().description(), e.place(), ist(e.occurredAt()),
                    ist(e.receivedAt()), e.reason().map(NonDeliveryReason::code).orElse(null),
                    e.reason().map(NonDeliveryReason::description).orElse(null), e.bag().orElse(null), v.shippingV2(),
                    v.at7Status(), v.at7Reason());
        }
    }

    /** The shipper's (and operator's) view: the registration, the derived state, every scan. */
    record ShipperTracking(String article, String shipperId, String pickupPoint, String destinationPin, long codPaise,
                           OffsetDateTime bookedAt, TrackingStatus status, String location, ShipperEvent lastEvent,
                           Step nextStep, boolean misrouted, LocalDate edd, LocalDate revisedEdd, int deliveryAttempts,
                           List<Anomaly> anomalies, List<ShipperEvent> events) {

        static ShipperTracking of(TrackedArticle a) {
            return of(a, Optional.empty());
        }

        static ShipperTracking of(TrackedArticle a, Optional<LocalDate> delayedTo) {
            TrackingState s = a.state();
            ArticleRegistration r = a.article().registration();
            boolean returned = s.status() == TrackingStatus.RETURNED_TO_SHIPPER;
            return new ShipperTracking(r.article().value(), r.shipperId(), r.pickupPoint(), r.destination().toString(),
                    r.codPaise(), r.bookedAt(), s.status(), s.location().orElse(null),
                    s.lastEvent().map(e -> ShipperEvent.of(e, returned)).orElse(null), step(s), s.misrouted(), s.edd(),
                    shownRevisedEdd(s, delayedTo), s.deliveryAttempts(), s.anomalies(),
                    a.history().stream().sorted(ScanEvent.PHYSICAL_ORDER).map(e -> ShipperEvent.of(e, returned)).toList());
        }
    }

    /**
     * The revised EDD shown: the one derived from the scans, or the date a capacity delay moved the
     * parcel to (tracking.application.Delays) when that is later. A delivered parcel shows its
     * delivery day, a parcel without a revised EDD (cancelled, returning) none.
     */
    static LocalDate shownRevisedEdd(TrackingState s, Optional<LocalDate> delayedTo) {
        LocalDate derived = s.revisedEdd().orElse(null);
        if (derived == null || s.status() == TrackingStatus.DELIVERED || delayedTo.isEmpty()) {
            return derived;
        }
        return delayedTo.get().isAfter(derived) ? delayedTo.get() : derived;
    }

    static Step step(TrackingState s) {
        return s.nextStep().map(n -> new Step(n.description(), n.place().orElse(null), n.plannedBy().orElse(null)))
                .orElse(null);
    }

    static OffsetDateTime ist(Instant i) {
        return i.atOffset(RoutingRules.IST_OFFSET);
    }
}
