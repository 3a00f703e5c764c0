package org.daksetu.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BeatAndOtpTest {

    @Test
    void every_office_gets_the_same_four_beats_each_time() {
        assertThat(Beat.generate(682028L)).isEqualTo(Beat.generate(682028L)).hasSize(4);
        assertThat(Beat.generate(682028L).getFirst().postman()).isEqualTo("PM-682028-1");
    }

    @Test
    void an_otp_is_six_digits_and_only_itself_matches() {
        String otp = Otp.issue();
        assertThat(otp).matches("[0-9]{6}");
        assertThat(Otp.matches(otp, " " + otp + " ")).isTrue();
        assertThat(Otp.matches(otp, otp.equals("123456") ? "654321" : "123456")).isFalse();
        assertThat(Otp.matches(otp, null)).isFalse();
    }
}
