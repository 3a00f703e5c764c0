package org.daksetu.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The platform's clock: the system clock, until the operations simulator sets it to a moment of
 * simulated time; every service reads the time from this one bean, so a simulated day books,
 * picks up and scans as if it were that day. {@link #release()} returns it to real time.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private volatile Instant fixed;

    public AdjustableClock(Clock system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** From now on the clock shows this moment (it does not tick) until set again or released. */
    public void set(Instant moment) {
        this.fixed = Objects.requireNonNull(moment, "moment");
    }

    public void release() {
        this.fixed = null;
    }

    public boolean simulated() {
        return fixed != null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return AdjustableClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return AdjustableClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : system.instant();
    }
}
