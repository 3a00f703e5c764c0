package org.daksetu.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void a_client_gets_its_burst_at_once_then_the_rate_per_second() {
        RateLimiter limiter = new RateLimiter(10, 30);
        int granted = 0;
        for (int i = 0; i < 40; i++) {
            granted += limiter.tryAcquire("1.2.3.4", 0) ? 1 : 0;
        }
        assertThat(granted).isEqualTo(30);
        assertThat(limiter.tryAcquire("1.2.3.4", SECOND / 20)).isFalse(); // half a token
        assertThat(limiter.tryAcquire("1.2.3.4", SECOND / 10)).isTrue();  // one token after 0.1 s
        assertThat(limiter.tryAcquire("1.2.3.4", SECOND / 10)).isFalse();
    }

    @Test
    void clients_are_limited_separately_and_a_quiet_client_refills_only_up_to_the_burst() {
        RateLimiter limiter = new RateLimiter(10, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a", 0)).isTrue();
        }
        assertThat(limiter.tryAcquire("a", 0)).isFalse();
        assertThat(limiter.tryAcquire("b", 0)).isTrue();
        int later = 0;
        for (int i = 0; i < 10; i++) {
            later += limiter.tryAcquire("a", 3600 * SECOND) ? 1 : 0;
        }
        assertThat(later).isEqualTo(3);
        assertThat(limiter.retryAfterSeconds()).isEqualTo(1);
    }
}
