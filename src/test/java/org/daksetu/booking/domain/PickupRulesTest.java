package org.daksetu.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.domain.Fixtures.TODAY;
import static org.daksetu.booking.domain.Fixtures.aPickupPoint;
import static org.daksetu.booking.domain.Fixtures.aRetiredPickupPoint;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Money;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Weight;
import org.junit.jupiter.api.Test;

class PickupRulesTest {

    static Pickup aPickup(PickupStatus status, java.time.LocalDate date) {
        return new Pickup(42, "ACME", "DEL-FC1", date, status, OffsetDateTime.parse("2026-11-21T09:00:00+05:30"),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void a_pickup_is_scheduled_from_today_up_to_thirty_days_ahead_at_a_pickup_point_in_service() {
        assertThat(PickupRules.refuseSchedule(aPickupPoint("DEL-FC1"), TODAY, TODAY)).isEmpty();
        assertThat(PickupRules.refuseSchedule(aPickupPoint("DEL-FC1"), TODAY.plusDays(30), TODAY)).isEmpty();
        assertThat(PickupRules.refuseSchedule(aPickupPoint("DEL-FC1"), TODAY.minusDays(1), TODAY)).get().asString().contains("today or later");
        assertThat(PickupRules.refuseSchedule(aPickupPoint("DEL-FC1"), TODAY.plusDays(31), TODAY)).get().asString().contains("30 days");
        assertThat(PickupRules.refuseSchedule(aRetiredPickupPoint("OLD-FC1"), TODAY, TODAY)).get().asString().contains("not in service");
    }

    @Test
    void only_a_scheduled_pickup_gets_its_manifest_closed() {
        assertThat(PickupRules.refuseManifest(aPickup(PickupStatus.SCHEDULED, TODAY))).isEmpty();
        for (PickupStatus s : List.of(PickupStatus.MANIFESTED, PickupStatus.HANDED_OVER, PickupStatus.CANCELLED)) {
            assertThat(PickupRules.refuseManifest(aPickup(s, TODAY))).as(s.name()).isPresent();
        }
    }

    @Test
    void a_manifested_pickup_is_handed_over_on_or_after_its_date_and_only_once() {
        assertThat(PickupRules.refuseHandover(aPickup(PickupStatus.MANIFESTED, TODAY), TODAY)).isEmpty();
        assertThat(PickupRules.refuseHandover(aPickup(PickupStatus.MANIFESTED, TODAY.plusDays(1)), TODAY)).isPresent();
        assertThat(PickupRules.refuseHandover(aPickup(PickupStatus.SCHEDULED, TODAY), TODAY)).get().asString().contains("no manifest");
        assertThat(PickupRules.refuseHandover(aPickup(PickupStatus.HANDED_OVER, TODAY), TODAY)).get().asString().contains("already");
    }

    @Test
    void a_pickup_can_be_cancelled_until_it_is_handed_over() {
        assertThat(PickupRules.refuseCancel(aPickup(PickupStatus.MANIFESTED, TODAY))).isEmpty();
        assertThat(PickupRules.refuseCancel(aPickup(PickupStatus.HANDED_OVER, TODAY))).isPresent();
    }

    @Test
    void a_manifest_counts_weight_and_cash_of_the_parcels_still_going_but_lists_the_cancelled_ones() {
        ManifestLine cod = new ManifestLine(ArticleNumber.of("EK", 1, "IN"), "A", Service.SPEED_POST_PARCEL, "X", "Kochi",
                new Pin(682028), Weight.ofGrams(1200), Weight.ofGrams(1500), Payment.cod(Money.ofRupees(1499)), ShipmentStatus.BOOKED);
        ManifestLine prepaid = new ManifestLine(ArticleNumber.of("EK", 2, "IN"), "B", Service.SPEED_POST_PARCEL, "Y", "Kochi",
                new Pin(682028), Weight.ofGrams(800), Weight.ofGrams(800), Payment.PREPAID, ShipmentStatus.BOOKED);
        ManifestLine cancelled = new ManifestLine(ArticleNumber.of("EK", 3, "IN"), "C", Service.SPEED_POST_PARCEL, "Z", "Kochi",
                new Pin(682028), Weight.ofGrams(5000), Weight.ofGrams(5000), Payment.cod(Money.ofRupees(999)), ShipmentStatus.CANCELLED);
        Manifest m = new Manifest(aPickup(PickupStatus.MANIFESTED, TODAY), "Acme", "DEL-FC1", "Gurugram", List.of(cod, prepaid, cancelled));
        assertThat(m.parcels()).isEqualTo(2);
        assertThat(m.cancelled()).isEqualTo(1);
        assertThat(m.codParcels()).isEqualTo(1);
        assertThat(m.totalWeightGrams()).isEqualTo(2000);
        assertThat(m.codTotal()).isEqualTo(Money.ofRupees(1499));
        assertThat(m.pickup().manifestNumber()).isEqualTo("MF-20261121-000042");
    }
}
