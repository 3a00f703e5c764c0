package org.daksetu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ArticleNumberTest {

    @Test
    void the_UPU_example_number_has_check_digit_9() {
        // UPU S10 standard's own example: AA 47312482 9 GB
        assertThat(ArticleNumber.checkDigit(47_312_482)).isEqualTo(9);
        assertThat(ArticleNumber.parse("AA473124829GB").serial()).isEqualTo(47_312_482);
    }

    @Test
    void a_remainder_of_one_gives_check_digit_0_and_a_remainder_of_zero_gives_5() {
        // 00000001: sum 7, 11 - 7 = 4
        assertThat(ArticleNumber.checkDigit(1)).isEqualTo(4);
        // 00000000: sum 0, 11 - 0 = 11 -> 5
        assertThat(ArticleNumber.checkDigit(0)).isEqualTo(5);
        // 00000011: sum 9 + 7 = 16, 16 mod 11 = 5, 11 - 5 = 6
        assertThat(ArticleNumber.checkDigit(11)).isEqualTo(6);
        // 00000030: 3 x 9 = 27, 27 mod 11 = 5 -> 6; 00000050: 45 mod 11 = 1 -> 10 -> 0
        assertThat(ArticleNumber.checkDigit(50)).isEqualTo(0);
    }

    @Property
    void the_check_digit_follows_the_S10_formula(@ForAll @IntRange(min = 0, max = 99_999_999) int serial) {
        String digits = String.format("%08d", serial);
        int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int c = 11 - sum % 11;
        int expected = c == 10 ? 0 : c == 11 ? 5 : c;
        assertThat(ArticleNumber.checkDigit(serial)).isEqualTo(expected);
    }

    @Property
    void every_number_made_from_a_serial_parses_back_to_the_same_serial(@ForAll @IntRange(min = 0, max = 99_999_999) int serial) {
        ArticleNumber number = ArticleNumber.of("EK", serial, "IN");
        ArticleNumber parsed = ArticleNumber.parse(number.value().toLowerCase());
        assertThat(parsed).isEqualTo(number);
        assertThat(parsed.serial()).isEqualTo(serial);
        assertThat(parsed.serviceIndicator()).isEqualTo("EK");
        assertThat(parsed.country()).isEqualTo("IN");
    }

    /**
     * Mod 11 sees every single-digit change, but S10 folds remainder 0 (C = 11) and remainder 6
     * (C = 5) onto the same check digit 5: that is the one blind spot, and only there.
     */
    @Property
    void changing_a_single_serial_digit_is_caught_unless_both_sums_fold_onto_check_digit_5(
            @ForAll @IntRange(min = 0, max = 99_999_999) int serial, @ForAll @IntRange(min = 0, max = 7) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String good = ArticleNumber.of("EK", serial, "IN").value();
        char[] chars = good.toCharArray();
        chars[2 + position] = (char) ('0' + (chars[2 + position] - '0' + shift) % 10);
        if (ArticleNumber.problem(new String(chars)) == null) {
            assertThat(good.charAt(10)).isEqualTo('5');
        }
    }

    @Test
    void a_wrong_check_digit_is_refused_naming_the_digit_it_needs() {
        assertThatThrownBy(() -> ArticleNumber.parse("EK123456784IN"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("articleNumber");
                    assertThat(e.value()).isEqualTo("EK123456784IN");
                    assertThat(e.rule()).contains("needs 5");
                });
    }

    @Test
    void malformed_numbers_are_refused_with_the_reason() {
        assertThat(ArticleNumber.problem("EK12345678IN")).contains("13 characters");
        assertThat(ArticleNumber.problem("E1123456785IN")).contains("character 2");
        assertThat(ArticleNumber.problem("EK1234567X5IN")).contains("character 10");
        assertThat(ArticleNumber.problem("EK12345678519")).contains("character 12");
        assertThat(ArticleNumber.problem("EK123456785IN")).isNull();
    }
}
