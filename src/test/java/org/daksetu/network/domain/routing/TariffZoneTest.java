package org.daksetu.network.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class TariffZoneTest {

    @Test
    void the_slab_edges_belong_to_the_lower_slab_as_in_the_tariff() {
        assertThat(TariffZone.forDistance(200)).isEqualTo(TariffZone.UP_TO_200);
        assertThat(TariffZone.forDistance(200.4)).isEqualTo(TariffZone.UP_TO_200);
        assertThat(TariffZone.forDistance(200.6)).isEqualTo(TariffZone.KM_201_500);
        assertThat(TariffZone.forDistance(500)).isEqualTo(TariffZone.KM_201_500);
        assertThat(TariffZone.forDistance(1000)).isEqualTo(TariffZone.KM_501_1000);
        assertThat(TariffZone.forDistance(2000)).isEqualTo(TariffZone.KM_1001_2000);
        assertThat(TariffZone.forDistance(2001)).isEqualTo(TariffZone.ABOVE_2000);
    }

    @Property
    void a_longer_distance_is_never_in_a_nearer_zone(@ForAll @DoubleRange(min = 0, max = 4000) double a,
                                                    @ForAll @DoubleRange(min = 0, max = 4000) double b) {
        double near = Math.min(a, b), far = Math.max(a, b);
        assertThat(TariffZone.forDistance(far).ordinal()).isGreaterThanOrEqualTo(TariffZone.forDistance(near).ordinal());
        assertThat(TariffZone.forDistance(near)).isNotEqualTo(TariffZone.LOCAL);
    }
}
