package org.daksetu.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipperVocabularyTest {

    private static ShipperVocabulary of(ScanCode code) {
        return ShipperVocabulary.of(code, Optional.empty(), false);
    }

    @Test
    void the_forward_journey_reads_pickup_departed_arrived_out_for_delivery_delivered() {
        assertThat(of(ScanCode.IB)).isEqualTo(new ShipperVocabulary("PickupDone", "AF", "NS"));
        assertThat(of(ScanCode.ID)).isEqualTo(new ShipperVocabulary("Departed", "P1", "NS"));
        assertThat(of(ScanCode.RD)).isEqualTo(new ShipperVocabulary("ArrivedAtCarrierFacility", "X4", "NS"));
        assertThat(of(ScanCode.BD)).isEqualTo(new ShipperVocabulary("OutForDelivery", "X6", "NS"));
        assertThat(of(ScanCode.D)).isEqualTo(new ShipperVocabulary("Delivered", "D1", "NS"));
    }

    @Test
    void a_refusal_is_rejected_by_the_consignee_and_a_locked_door_is_an_attempt_at_a_closed_consignee() {
        assertThat(ShipperVocabulary.of(ScanCode.N, Optional.of(NonDeliveryReason.of("09")), false))
                .isEqualTo(new ShipperVocabulary("Rejected", "A7", "BS"));
        assertThat(ShipperVocabulary.of(ScanCode.N, Optional.of(NonDeliveryReason.of("01")), false))
                .isEqualTo(new ShipperVocabulary("DeliveryAttempted", "AH", "B1"));
        assertThat(ShipperVocabulary.of(ScanCode.N, Optional.of(NonDeliveryReason.of("29")), false).at7Reason())
                .isEqualTo("A2");
    }

    @Test
    void the_delivery_that_ends_a_return_trip_is_undeliverable_for_the_order_not_delivered() {
        assertThat(ShipperVocabulary.of(ScanCode.D, Optional.empty(), true))
                .isEqualTo(new ShipperVocabulary("Undeliverable", "A3", "NS"));
    }

    @Test
    void every_scan_code_maps_to_a_Shipping_v2_code_and_an_AT7_status() {
        for (ScanCode c : ScanCode.values()) {
            ShipperVocabulary v = ShipperVocabulary.of(c, Optional.of(NonDeliveryReason.of("08")), false);
            assertThat(v.shippingV2()).isNotBlank();
            assertThat(v.at7Status()).hasSize(2);
            assertThat(v.at7Reason()).hasSize(2);
        }
    }
}
