package org.daksetu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PinTest {

    @Property
    void every_six_digit_number_not_starting_with_zero_is_a_PIN_and_prints_back_the_same(
            @ForAll @IntRange(min = 100_000, max = 999_999) int value) {
        Pin pin = Pin.parse(Integer.toString(value));
        assertThat(pin.value()).isEqualTo(value);
        assertThat(pin.toString()).isEqualTo(Integer.toString(value));
        assertThat(pin.zone()).isBetween(1, 9);
    }

    @Property
    void text_that_is_not_exactly_six_digits_is_refused_naming_the_field_and_value(@ForAll @StringLength(max = 12) String text) {
        boolean valid = text.matches("[1-9][0-9]{5}");
        if (valid) {
            assertThat(Pin.parse(text).toString()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> Pin.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.field()).isEqualTo("pin");
                assertThat(e.value()).isEqualTo(text);
            });
        }
    }

    @Test
    void a_PIN_starting_with_zero_is_refused_with_the_rule() {
        assertThatThrownBy(() -> Pin.parse("012345")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("does not start with 0");
    }

    @Test
    void letters_spaces_and_wrong_lengths_are_refused() {
        for (String bad : new String[] {"68202A", "68202", "6820281", " 68202", "", "६८२०२८"}) {
            assertThatThrownBy(() -> Pin.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void the_first_three_digits_are_the_sorting_district() {
        assertThat(Pin.parse("682028").sortingDistrict()).isEqualTo(682);
    }
}
