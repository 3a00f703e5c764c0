package org.daksetu.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DL ("Item delayed") is written by the platform when capacity moves an EDD; scanners cannot send it. */
class DelayedCodeTest {

    @Test
    void scan_intake_does_not_accept_the_platforms_own_delayed_code_by_either_name() {
        assertThat(ScanCode.parse("DL")).isEmpty();
        assertThat(ScanCode.parse("ITEM_DELAY")).isEmpty();
        assertThat(ScanCode.parse("DM")).contains(ScanCode.DM);
    }

    @Test
    void the_shipper_hears_a_delay_as_delayed_and_as_x12_shipment_delayed_carrier_related() {
        assertThat(ShipperVocabulary.of(ScanCode.DL, Optional.empty(), false))
                .isEqualTo(new ShipperVocabulary("Delayed", "SD", "AJ"));
        assertThat(ScanCode.DL.placesTheParcel()).isFalse();
    }
}
