package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.daksetu.booking.application.Scope;
import org.daksetu.booking.application.ShipmentForDelivery;
import org.daksetu.booking.application.Shipments;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.delivery.application.DeliveryArticle;
import org.daksetu.delivery.application.LastMile;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The last mile reads only what it needs of a shipment at its receipt (Shipments.getAllForDelivery):
 * the same values as the whole shipment, the same scope and the same newest cycle, and a receipt
 * batch mixing receipts with and without an office gives what receiving them one by one gives.
 */
@IntegrationTest
class ShipmentForDeliveryIT {

    @LocalServerPort
    int port;

    @Autowired
    Shipments shipments;

    @Autowired
    LastMile lastMile;

    @Test
    void the_lean_read_answers_what_the_whole_shipment_says() {
        LastMileFixtures f = new LastMileFixtures(port);
        LastMileFixtures.Shipper shipper = f.aShipper("Lean");
        LastMileFixtures.Shipper other = f.aShipper("Other");
        String cod = f.book(shipper, KOCHI, 99_900, true);
        String prepaid = f.book(shipper, KOCHI, 0, false);
        String others = f.book(other, KOCHI, 50_000, false);
        List<String> asked = List.of(cod, prepaid, others, "not a number", "EE999999999IN");

        Map<String, Shipment> whole = shipments.getAll(Scope.everyone(), asked);
        Map<String, ShipmentForDelivery> lean = shipments.getAllForDelivery(Scope.everyone(), asked);
        assertThat(lean.keySet()).containsExactlyInAnyOrderElementsOf(whole.keySet()).containsExactlyInAnyOrder(cod, prepaid, others);
        whole.forEach((article, s) -> {
            ShipmentForDelivery l = lean.get(article);
            assertThat(l).isEqualTo(new ShipmentForDelivery(s.articleNumber(), s.shipper(), s.status(), s.order().pickupPoint(),
                    s.order().consignee().pin(), s.order().payment().isCod(), s.order().payment().codAmount(), s.charges().codFee(),
                    s.order().otpDelivery(), s.promise().edd(), s.bookedAt()));
        });
        assertThat(lean.get(cod).cod()).isTrue();
        assertThat(lean.get(cod).codAmount().paise()).isEqualTo(99_900);
        assertThat(lean.get(cod).codFee().paise()).isPositive();
        assertThat(lean.get(cod).otpDelivery()).isTrue();
        assertThat(lean.get(prepaid).cod()).isFalse();

        // A shipper's scope: only its own.
        assertThat(shipments.getAllForDelivery(Scope.of(shipper.code()), asked).keySet()).containsExactlyInAnyOrder(cod, prepaid);
        assertThat(shipments.getAllForDelivery(Scope.everyone(), List.of())).isEmpty();
    }

    @Test
    void a_receipt_batch_with_and_without_offices_takes_each_parcels_own_office() {
        LastMileFixtures f = new LastMileFixtures(port);
        LastMileFixtures.Shipper shipper = f.aShipper("Mixed");
        String byItinerary = f.book(shipper, KOCHI, 0, false);
        String named = f.book(shipper, KOCHI, 75_000, false);
        String alone = f.book(shipper, KOCHI, 0, false);
        long office = f.receive(alone); // one by one over HTTP, without an office: the itinerary's

        Instant now = Instant.now();
        List<DeliveryArticle> received = lastMile.receive(List.of(new LastMile.Receipt(byItinerary, null, now),
                new LastMile.Receipt(named, office, now), new LastMile.Receipt(byItinerary, null, now)));
        assertThat(received).extracting(DeliveryArticle::article).containsExactly(byItinerary, named);
        assertThat(received).allSatisfy(a -> {
            assertThat(a.officeId()).isEqualTo(office);
            assertThat(a.shipper()).isEqualTo(shipper.code());
            assertThat(a.pickupPoint()).isEqualTo("DEL-FC1");
            assertThat(a.pin()).isEqualTo(Integer.parseInt(KOCHI));
        });
        assertThat(received.get(1).codPaise()).isEqualTo(75_000);
        assertThat(received.get(0).edd()).isEqualTo(java.util.Optional.of(shipments.get(Scope.everyone(), byItinerary).promise().edd()));
        assertThat(f.codArticle(named).get("amountPaise").asLong()).isEqualTo(75_000);
    }
}
