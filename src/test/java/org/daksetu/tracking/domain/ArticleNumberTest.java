package org.daksetu.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daksetu.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ArticleNumberTest {

    @Test
    void the_UPU_example_RA473124829GB_is_valid() {
        assertThat(new ArticleNumber("RA473124829GB").value()).isEqualTo("RA473124829GB");
    }

    @Test
    void a_remainder_giving_ten_makes_check_digit_zero_and_eleven_makes_five() {
        // 00000001: S = 7, C = 11 - 7 = 4
        assertThat(ArticleNumber.checkDigit("00000001")).isEqualTo(4);
        // every serial below 1000, against the rule written out: remainder 1 gives 0, remainder 0 gives 5
        for (int serial = 0; serial < 1000; serial++) {
            String digits = String.format("%08d", serial);
            int s = 0, w[] = {8, 6, 4, 2, 3, 5, 9, 7};
            for (int i = 0; i < 8; i++) {
                s += (digits.charAt(i) - '0') * w[i];
            }
            int expected = s % 11 == 1 ? 0 : s % 11 == 0 ? 5 : 11 - s % 11;
            assertThat(ArticleNumber.checkDigit(digits)).as(digits).isEqualTo(expected);
        }
    }

    @Test
    void a_wrong_check_digit_is_rejected_naming_the_right_one() {
        assertThatThrownBy(() -> new ArticleNumber("RA473124828GB")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("should be 9");
    }

    @Test
    void parsing_trims_and_upper_cases() {
        assertThat(ArticleNumber.parse(" ra473124829gb ").value()).isEqualTo("RA473124829GB");
    }

    @Test
    void wrong_length_digits_or_letters_are_rejected() {
        assertThatThrownBy(() -> new ArticleNumber("RA47312482GB")).hasMessageContaining("13 characters");
        assertThatThrownBy(() -> new ArticleNumber("R1473124829GB")).hasMessageContaining("capital letters");
        assertThatThrownBy(() -> new ArticleNumber("RA4731248X9GB")).hasMessageContaining("digits");
        assertThatThrownBy(() -> new ArticleNumber(null)).hasMessageContaining("required");
    }
}
