package org.daksetu.delivery.domain;

import org.daksetu.shared.Violations;

/**
 * What happens when a shipper gives no instruction after a failed attempt: a re-attempt after
 * {@code reattemptAfterWorkingDays} (default the next working day), and a return to origin after
 * {@code maxFailedAttempts} failed attempts (default 3) or {@code maxHoldDays} days on hold (default 7).
 */
public record DeliveryPolicy(int maxFailedAttempts, int maxHoldDays, int reattemptAfterWorkingDays) {

    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(3, 7, 1);

    public DeliveryPolicy {
        Violations v = new Violations();
        if (maxFailedAttempts < 1 || maxFailedAttempts > 10) {
            v.add("maxFailedAttempts", maxFailedAttempts, "is 1 to 10");
        }
        if (maxHoldDays < 1 || maxHoldDays > 30) {
            v.add("maxHoldDays", maxHoldDays, "is 1 to 30 days");
        }
        if (reattemptAfterWorkingDays < 1 || reattemptAfterWorkingDays > 7) {
            v.add("reattemptAfterWorkingDays", reattemptAfterWorkingDays, "is 1 to 7 working days");
        }
        v.throwIfAny();
    }
}
