package org.daksetu.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.daksetu.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** The defaults when a shipper says nothing, one rule per test. */
class DefaultsTest {

    static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SUNDAY;
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    @Test
    void a_first_failure_on_saturday_is_reattempted_on_monday() {
        assertThat(Defaults.afterFailure(DeliveryPolicy.DEFAULT, 1, SATURDAY, SATURDAY.plusDays(1), WORKING))
                .isEqualTo(new Defaults.Reattempt(SATURDAY.plusDays(2)));
    }

    @Test
    void the_shipper_has_until_the_end_of_the_report_day_to_instruct() {
        assertThat(Defaults.afterFailure(DeliveryPolicy.DEFAULT, 3, SATURDAY, SATURDAY, WORKING)).isEqualTo(new Defaults.Wait());
    }

    @Test
    void the_third_failure_returns_the_parcel() {
        assertThat(Defaults.afterFailure(DeliveryPolicy.DEFAULT, 3, SATURDAY, SATURDAY.plusDays(2), WORKING))
                .isInstanceOf(Defaults.ReturnToOrigin.class);
        assertThat(Defaults.nextAttempt(DeliveryPolicy.DEFAULT, 3, SATURDAY, WORKING)).isEmpty();
    }

    @Test
    void seven_days_on_hold_return_the_parcel_six_do_not() {
        assertThat(Defaults.onHold(DeliveryPolicy.DEFAULT, SATURDAY, SATURDAY.plusDays(6))).isEqualTo(new Defaults.Wait());
        assertThat(Defaults.onHold(DeliveryPolicy.DEFAULT, SATURDAY, SATURDAY.plusDays(7))).isInstanceOf(Defaults.ReturnToOrigin.class);
    }

    @Test
    void a_policy_outside_its_bounds_is_refused_naming_every_field() {
        assertThatThrownBy(() -> new DeliveryPolicy(0, 31, 8)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(3));
    }

    @Property
    void a_shipper_s_policy_decides_by_its_own_limits(@ForAll @IntRange(min = 1, max = 10) int maxFailed,
                                                    @ForAll @IntRange(min = 1, max = 7) int after,
                                                    @ForAll @IntRange(min = 1, max = 10) int failed,
                                                    @ForAll @IntRange(min = 0, max = 300) int offset) {
        DeliveryPolicy policy = new DeliveryPolicy(maxFailed, 7, after);
        LocalDate reported = SATURDAY.plusDays(offset);
        Defaults.Decision d = Defaults.afterFailure(policy, failed, reported, reported.plusDays(1), WORKING);
        if (failed >= maxFailed) {
            assertThat(d).isInstanceOf(Defaults.ReturnToOrigin.class);
        } else {
            LocalDate on = ((Defaults.Reattempt) d).on();
            assertThat(WORKING.test(on)).isTrue();
            assertThat(reported.plusDays(1).datesUntil(on.plusDays(1)).filter(WORKING).count()).isEqualTo(after);
        }
    }
}
