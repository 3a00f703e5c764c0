package org.daksetu.delivery.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/** The decision taken for a shipper who said nothing, by its policy (docs/DELIVERY.md, "Defaults"). */
public final class Defaults {

    private Defaults() {
    }

    public sealed interface Decision {
    }

    public record Reattempt(LocalDate on) implements Decision {
    }

    public record ReturnToOrigin(String why) implements Decision {
    }

    /** Nothing yet: the shipper still has time, or the hold has not run out. */
    public record Wait() implements Decision {
    }

    /** The n-th working day after {@code day}. */
    public static LocalDate workingDaysAfter(LocalDate day, int n, Predicate<LocalDate> workingDay) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * After a failed attempt reported on {@code reportedOn}, with {@code failedAttempts} failures so
     * far: a return once the limit is reached, else a re-attempt after the policy's working days.
     * Decided on {@code today}; the shipper has until the end of the report's day to instruct.
     */
    public static Decision afterFailure(DeliveryPolicy policy, int failedAttempts, LocalDate reportedOn, LocalDate today,
                                        Predicate<LocalDate> workingDay) {
        if (!today.isAfter(reportedOn)) {
            return new Wait();
        }
        if (failedAttempts >= policy.maxFailedAttempts()) {
            return new ReturnToOrigin(failedAttempts + " failed delivery attempts (limit " + policy.maxFailedAttempts()
                    + ") and no instruction from the shipper");
        }
        return new Reattempt(workingDaysAfter(reportedOn, policy.reattemptAfterWorkingDays(), workingDay));
    }

    /** An article held since {@code heldSince}: returned when the hold has lasted the policy's days. */
    public static Decision onHold(DeliveryPolicy policy, LocalDate heldSince, LocalDate today) {
        if (!today.isBefore(heldSince.plusDays(policy.maxHoldDays()))) {
            return new ReturnToOrigin("held at the office for " + policy.maxHoldDays() + " days without collection");
        }
        return new Wait();
    }

    /** The first re-attempt date the default gives, for an article that just failed. */
    public static Optional<LocalDate> nextAttempt(DeliveryPolicy policy, int failedAttempts, LocalDate failedOn,
                                                  Predicate<LocalDate> workingDay) {
        if (failedAttempts >= policy.maxFailedAttempts()) {
            return Optional.empty();
        }
        return Optional.of(workingDaysAfter(failedOn, policy.reattemptAfterWorkingDays(), workingDay));
    }
}
