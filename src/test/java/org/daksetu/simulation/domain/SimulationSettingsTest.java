package org.daksetu.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.daksetu.shared.ValidationException;
import org.junit.jupiter.api.Test;

class SimulationSettingsTest {

    @Test
    void volume_grows_threefold_in_eighteen_months() {
        SimulationSettings s = SimulationSettings.defaults(1, LocalDate.of(2025, 1, 1), 600, 10_000);
        assertThat(s.parcelsOn(LocalDate.of(2025, 1, 1))).isEqualTo(10_000);
        assertThat(s.parcelsOn(LocalDate.of(2025, 1, 1).plusDays(547))).isBetween(29_900, 30_000);
        assertThat(s.parcelsOn(LocalDate.of(2025, 4, 1))).isBetween(11_900, 12_100);
    }

    @Test
    void bad_settings_are_refused_naming_every_field() {
        assertThatThrownBy(() -> new SimulationSettings(1, LocalDate.of(2026, 7, 1), 0, 0, 3, 1.5, 0.2, 0.7, 0.1, 0.1, 0.1, 3, "x"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("days").hasMessageContaining("parcelsPerDay").hasMessageContaining("codShare")
                .hasMessageContaining("shipper");
    }

    @Test
    void a_lanes_delay_is_the_same_for_every_parcel_on_it_and_a_few_lanes_are_troubled() {
        LaneDelays delays = new LaneDelays(42, 0.05);
        int late = 0;
        for (int lane = 0; lane < 400; lane++) {
            for (long day = 20_000; day < 20_050; day++) {
                assertThat(delays.daysLate("L" + lane, day)).isEqualTo(delays.daysLate("L" + lane, day));
                late += delays.daysLate("L" + lane, day);
            }
        }
        double share = late / 20_000.0;
        // 11/12 of the lanes at 5%, 1/12 at 20%: about 6.25% in all
        assertThat(share).isBetween(0.05, 0.08);
        assertThat(delays.daysLate(null, 20_000)).isZero();
    }
}
