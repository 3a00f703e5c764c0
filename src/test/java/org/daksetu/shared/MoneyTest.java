package org.daksetu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Property
    void adding_then_subtracting_gives_back_the_amount(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                                       @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        assertThat(Money.ofPaise(a).plus(Money.ofPaise(b)).minus(Money.ofPaise(b))).isEqualTo(Money.ofPaise(a));
    }

    @Property
    void a_percentage_is_the_exact_value_rounded_half_up_to_the_paisa(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long paise, @ForAll @IntRange(min = 0, max = 10_000) int bp) {
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(paise).multiply(java.math.BigDecimal.valueOf(bp))
                .divide(java.math.BigDecimal.valueOf(10_000));
        long expected = exact.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        assertThat(Money.ofPaise(paise).percent(bp).paise()).isEqualTo(expected);
    }

    @Property
    void rupees_printed_and_parsed_again_are_the_same_amount(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long paise) {
        Money money = Money.ofPaise(paise);
        assertThat(Money.parseRupees("amount", money.toRupeeString().replace(",", ""))).isEqualTo(money);
    }

    @Test
    void eighteen_percent_GST_on_fifty_nine_rupees_is_ten_rupees_sixty_two_paise() {
        assertThat(Money.ofRupees(59).percent(1_800)).isEqualTo(Money.ofPaise(1_062));
    }

    @Test
    void half_a_paisa_rounds_up() {
        assertThat(Money.ofPaise(25).percent(1_800)).isEqualTo(Money.ofPaise(5)); // 4.5 -> 5
        assertThat(Money.ofPaise(24).percent(1_800)).isEqualTo(Money.ofPaise(4)); // 4.32 -> 4
    }

    @Test
    void rupees_are_grouped_the_Indian_way() {
        assertThat(Money.ofPaise(12_345_678_950L).toRupeeString()).isEqualTo("12,34,56,789.50");
        assertThat(Money.ofRupees(50_000).toRupeeString()).isEqualTo("50,000.00");
        assertThat(Money.ofPaise(5).toRupeeString()).isEqualTo("0.05");
        assertThat(Money.ofRupees(999).toString()).isEqualTo("₹999.00");
    }

    @Test
    void whole_rupees_have_no_paise() {
        assertThat(Money.ofRupees(499).isWholeRupees()).isTrue();
        assertThat(Money.ofPaise(49_950).isWholeRupees()).isFalse();
    }

    @Test
    void rupee_text_is_parsed_exactly_and_anything_else_is_refused_naming_the_field() {
        assertThat(Money.parseRupees("cod", "499.5")).isEqualTo(Money.ofPaise(49_950));
        assertThat(Money.parseRupees("cod", "499.05")).isEqualTo(Money.ofPaise(49_905));
        for (String bad : new String[] {"-1", "1,000", "1e3", "4.999", "", " 5", "abc"}) {
            assertThatThrownBy(() -> Money.parseRupees("cod", bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("cod");
                        assertThat(e.value()).isEqualTo(bad);
                    });
        }
    }

    @Test
    void an_overflow_is_an_error_not_a_wrong_amount() {
        assertThatThrownBy(() -> Money.ofPaise(Long.MAX_VALUE).plus(Money.ofPaise(1))).isInstanceOf(ArithmeticException.class);
    }
}
