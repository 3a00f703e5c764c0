package org.daksetu.tracking.api;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.domain.ArticleNumber;

/** Registers real parcels (real itineraries from the delivery promise) and names the offices on their way. */
final class TrackedParcels {

    /** Each test JVM starts its serials from the clock, so reruns on a kept database do not collide. */
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 50_000_000L);

    final Articles articles;
    final Promises promises;
    final TransmissionStore transmission;
    final PickupPoints pickupPoints;

    TrackedParcels(Articles articles, Promises promises, TransmissionStore transmission, PickupPoints pickupPoints) {
        this.articles = articles;
        this.promises = promises;
        this.transmission = transmission;
        this.pickupPoints = pickupPoints;
    }

    static ArticleNumber nextArticle() {
        return ArticleNumber.of("EK", SERIAL.incrementAndGet(), "IN");
    }

    /**
     * Handed over 23 hours ago (a promise takes handovers up to a day back): the tests scan at the
     * itinerary's planned times, and intake refuses scans dated more than a day ahead, which a plan
     * starting now reaches in the afternoon (the pickup run and the trunk departure fall on the
     * next days).
     */
    DeliveryPromise delhiToKochi() {
        return promises.promise("DEL-FC1", new Pin(682028), OffsetDateTime.now(RoutingRules.IST_OFFSET).minus(Duration.ofHours(23)));
    }

    ArticleNumber register(String shipper) {
        ArticleNumber a = nextArticle();
        DeliveryPromise p = delhiToKochi();
        articles.register(new ArticleRegistration(a, shipper, "DEL-FC1", new Pin(682028), 49_900,
                p.handoverAt(), p.itinerary(), p.edd()));
        return a;
    }

    /** The office id scanners use at an itinerary place: the hub's office, the pickup point's office, or the place itself. */
    String officeOf(String place) {
        return transmission.load().hub(place).map(h -> Long.toString(h.officeId()))
                .orElseGet(() -> pickupPoints.list(true).stream().filter(p -> p.code().equals(place))
                        .map(p -> Long.toString(p.officeId())).findFirst().orElse(place));
    }
}
