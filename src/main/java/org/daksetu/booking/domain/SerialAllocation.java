package org.daksetu.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans which serials to hand out next: from the series of a service in their configured order,
 * the next free serials of the first series that has them. A series that reaches its last serial
 * may start again from its first (a new cycle) only for serials whose previous use is older than
 * the reuse age (12 months and more, docs/BOOKING.md); otherwise the next series is used. When no
 * series can give the numbers, nothing is planned and the caller reports the exhaustion.
 */
public final class SerialAllocation {

    /** When serials of a series and cycle were last handed out, if ever: the allocation history. */
    @FunctionalInterface
    public interface History {
        Optional<Instant> lastAllocated(String prefix, int cycle, int firstSerial, int lastSerial);
    }

    /** The plan: the ranges to hand out and the new position of each series touched. */
    public record Plan(List<SerialRange> ranges, List<SeriesPosition> positions) {
        public int count() {
            return ranges.stream().mapToInt(SerialRange::size).sum();
        }
    }

    private SerialAllocation() {
    }

    public static Optional<Plan> plan(List<SeriesPosition> series, int count, Instant reusableBefore, History history) {
        if (count <= 0) {
            throw new IllegalArgumentException("allocate at least one number, not " + count);
        }
        List<SerialRange> ranges = new ArrayList<>();
        List<SeriesPosition> moved = new ArrayList<>();
        int needed = count;
        for (SeriesPosition position : series) {
            SeriesPosition p = position;
            boolean used = false;
            while (needed > 0) {
                SeriesPosition from = p.leftInCycle() > 0 ? p
                        : new SeriesPosition(p.series(), p.series().firstSerial(), p.cycle() + 1);
                int take = Math.min(needed, from.leftInCycle());
                SerialRange range = new SerialRange(from.series().prefix(), from.cycle(), from.nextSerial(),
                        from.nextSerial() + take - 1);
                if (from.cycle() > 0 && !reusable(range, reusableBefore, history)) {
                    break;
                }
                ranges.add(range);
                needed -= take;
                p = new SeriesPosition(from.series(), range.last() + 1, from.cycle());
                used = true;
            }
            if (used) {
                moved.add(p);
            }
            if (needed == 0) {
                return Optional.of(new Plan(ranges, moved));
            }
        }
        return Optional.empty();
    }

    private static boolean reusable(SerialRange range, Instant reusableBefore, History history) {
        return history.lastAllocated(range.prefix(), range.cycle() - 1, range.first(), range.last())
                .map(last -> last.isBefore(reusableBefore))
                .orElse(true);
    }
}
