package org.daksetu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void new_delhi_to_mumbai_is_about_1150_km_as_the_crow_flies() {
        GeoPoint delhi = new GeoPoint(28.6139, 77.2090);
        GeoPoint mumbai = new GeoPoint(19.0760, 72.8777);
        assertThat(delhi.distanceKm(mumbai)).isCloseTo(1150, within(10.0));
        assertThat(mumbai.distanceKm(delhi)).isCloseTo(delhi.distanceKm(mumbai), within(1e-9));
        assertThat(delhi.distanceKm(delhi)).isZero();
    }

    @Test
    void a_latitude_beyond_the_pole_is_refused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("latitude");
    }
}
