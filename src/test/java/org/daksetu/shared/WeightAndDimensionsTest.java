package org.daksetu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WeightAndDimensionsTest {

    @Test
    void a_weight_is_above_zero_and_names_the_bad_value() {
        assertThatThrownBy(() -> Weight.ofGrams(0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.value()).isEqualTo("0"));
        assertThat(Weight.ofKilograms(35).grams()).isEqualTo(35_000);
        assertThat(Weight.ofGrams(1_250).toKilogramString()).isEqualTo("1.250 kg");
    }

    @Test
    void a_side_of_zero_or_beyond_ten_metres_is_refused_naming_the_side() {
        assertThatThrownBy(() -> new Dimensions(10, 0, 10)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("dimensions.breadthCm");
            assertThat(e.value()).isEqualTo("0");
        });
        assertThatThrownBy(() -> new Dimensions(10, 10, 1_001)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_40_by_30_by_20_box_weighs_4_8_kg_volumetrically_at_5000() {
        assertThat(new Dimensions(40, 30, 20).volumetricWeight(5_000)).isEqualTo(Weight.ofGrams(4_800));
        assertThat(new Dimensions(40, 30, 20).volumetricWeight(6_000)).isEqualTo(Weight.ofGrams(4_000));
    }

    @Test
    void the_volumetric_weight_is_rounded_up_to_the_gram() {
        // 7 cm³ / 5000 kg = 1.4 g -> 2 g
        assertThat(new Dimensions(7, 1, 1).volumetricWeight(5_000)).isEqualTo(Weight.ofGrams(2));
    }

    @Test
    void length_plus_girth_takes_the_longest_side_as_length() {
        assertThat(new Dimensions(20, 100, 30).lengthPlusGirthCm()).isEqualTo(100 + 2 * (20 + 30));
    }

    @Property
    void the_volumetric_weight_is_never_below_the_exact_value(@ForAll @IntRange(min = 1, max = 200) int l,
                                                              @ForAll @IntRange(min = 1, max = 200) int b,
                                                              @ForAll @IntRange(min = 1, max = 200) int h) {
        int grams = new Dimensions(l, b, h).volumetricWeight(5_000).grams();
        long volume = (long) l * b * h;
        assertThat((long) grams * 5_000).isGreaterThanOrEqualTo(volume * 1000).isLessThan(volume * 1000 + 5_000);
    }
}
