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

    @Property(tries = 500)
    void the_physical_order_keeps_the_first_of_each_event_id_in_time_order(@ForAll("repeatingHistories") List<ScanEvent> history) {
        java.util.Map<String, ScanEvent> reference = new java.util.LinkedHashMap<>();
        history.stream().sorted(ScanEvent.PHYSICAL_ORDER).forEach(e -> reference.putIfAbsent(e.eventId(), e));
        assertThat(Lifecycle.inPhysicalOrder(history)).containsExactlyElementsOf(reference.values());
    }

    /** Up to 60 scans (the look-up switches to a set beyond 32), ids repeated with other times or codes. */
    @Provide
    Arbitrary<List<ScanEvent>> repeatingHistories() {
        Arbitrary<ScanEvent> event = Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.of(ScanCode.IB, ScanCode.RD, ScanCode.IR, ScanCode.D),
                Arbitraries.of(PLACES),
                Arbitraries.integers().between(0, 6)).as((id, code, place, hour) -> scan("s" + id, code, place, hour));
        return event.list().ofMaxSize(60);
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
