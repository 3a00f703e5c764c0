package org.daksetu.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.tracking.domain.Journeys.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Late and out-of-order scans give the same final state as the same scans in order. */
class LifecycleProperties {

    private static final List<String> PLACES = List.of(PICKUP_OFFICE, DELHI_HUB_OFFICE, KOCHI_HUB_OFFICE, KOCHI_OFFICE,
            MUMBAI_OFFICE);

    @Property(tries = 500)
    void any_arrival_order_of_a_history_derives_the_same_state(@ForAll("histories") List<ScanEvent> history,
                                                               @ForAll long seed) {
        List<ScanEvent> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Lifecycle.derive(ARTICLE, ROUTE, shuffled)).isEqualTo(Lifecycle.derive(ARTICLE, ROUTE, history));
    }

    @Property(tries = 300)
    void any_history_derives_a_state_without_failing_and_counts_each_event_once(@ForAll("histories") List<ScanEvent> history) {
        TrackingState s = Lifecycle.derive(ARTICLE, ROUTE, history);
        assertThat(s.events()).isEqualTo(history.stream().map(ScanEvent::eventId).distinct().count());
        assertThat(s.lastEvent().isPresent()).isEqualTo(!history.isEmpty() && s.events() > s.anomalies().size());
    }

    @Provide
    Arbitrary<List<ScanEvent>> histories() {
        Arbitrary<ScanEvent> event = Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(ScanCode.values()),
                Arbitraries.of(PLACES),
                Arbitraries.integers().between(0, 120),
                Arbitraries.of("01", "08", "09", "29")).as((id, code, place, hour, reason) -> code == ScanCode.N
                ? new ScanEvent("n" + id, ARTICLE, code, place, MONDAY.plusHours(hour).toInstant(), MONDAY.toInstant(),
                java.util.Optional.of(NonDeliveryReason.of(reason)), java.util.Optional.empty())
                : scan("s" + id, code, place, hour));
        return event.list().ofMaxSize(25).uniqueElements(ScanEvent::eventId);
    }
}
