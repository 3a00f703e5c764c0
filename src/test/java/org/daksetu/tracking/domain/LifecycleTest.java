package org.daksetu.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.tracking.domain.Journeys.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static TrackingState derive(List<ScanEvent> history) {
        return Lifecycle.derive(ARTICLE, ROUTE, history);
    }

    @Test
    void an_article_without_scans_is_registered_and_awaits_handover_at_its_pickup_point() {
        TrackingState s = derive(List.of());
        assertThat(s.status()).isEqualTo(TrackingStatus.REGISTERED);
        assertThat(s.location()).isEmpty();
        assertThat(s.nextStep().orElseThrow().description()).isEqualTo("Handover at pickup point DEL-FC1");
        assertThat(s.revisedEdd()).contains(ROUTE.edd());
    }

    @Test
    void a_parcel_delivered_on_time_is_delivered_on_the_day_of_the_delivery_scan_with_no_next_step() {
        TrackingState s = derive(onTime());
        assertThat(s.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(s.location()).contains(KOCHI_OFFICE);
        assertThat(s.lastEvent().orElseThrow().eventId()).isEqualTo("e8");
        assertThat(s.misrouted()).isFalse();
        assertThat(s.revisedEdd()).contains(LocalDate.of(2026, 11, 25));
        assertThat(s.nextStep()).isEmpty();
        assertThat(s.anomalies()).isEmpty();
        assertThat(s.events()).isEqualTo(8);
    }

    @Test
    void a_parcel_received_at_the_Delhi_hub_is_next_dispatched_on_the_trunk_to_Kochi_at_the_planned_time() {
        TrackingState s = derive(onTime().subList(0, 2));
        assertThat(s.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(s.location()).contains(DELHI_HUB_OFFICE);
        NextStep next = s.nextStep().orElseThrow();
        assertThat(next.description()).isEqualTo("Dispatch from H-DEL to H-KOC");
        assertThat(next.plannedBy()).contains(MONDAY.plusMinutes(13 * 60 + 30));
    }

    @Test
    void a_parcel_reaching_Kochi_a_day_late_has_its_EDD_revised_by_a_day() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 3));
        h.add(scan("late", ScanCode.IR, KOCHI_HUB_OFFICE, 40 + 24));
        TrackingState s = derive(h);
        assertThat(s.revisedEdd()).contains(ROUTE.edd().plusDays(1));
        assertThat(s.misrouted()).isFalse();
    }

    @Test
    void a_scan_at_an_office_the_itinerary_does_not_pass_through_flags_the_parcel_misrouted_and_costs_two_days() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 3));
        h.add(scan("mum", ScanCode.IR, MUMBAI_OFFICE, 30));
        TrackingState s = derive(h);
        assertThat(s.misrouted()).isTrue();
        assertThat(s.location()).contains(MUMBAI_OFFICE);
        assertThat(s.revisedEdd()).contains(ROUTE.edd().plusDays(2));
        assertThat(s.nextStep().orElseThrow().description()).isEqualTo("Re-dispatch towards 682028");
    }

    @Test
    void once_back_on_route_the_parcel_stays_flagged_misrouted_but_loses_the_penalty() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 3));
        h.add(scan("mum", ScanCode.IR, MUMBAI_OFFICE, 30));
        h.add(scan("koc", ScanCode.IR, KOCHI_HUB_OFFICE, 40));
        TrackingState s = derive(h);
        assertThat(s.misrouted()).isTrue();
        assertThat(s.revisedEdd()).contains(ROUTE.edd());
    }

    @Test
    void a_misroute_scan_flags_the_parcel_even_at_an_expected_place() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 3));
        h.add(scan("mr", ScanCode.MR, KOCHI_HUB_OFFICE, 41));
        assertThat(derive(h).misrouted()).isTrue();
    }

    @Test
    void bagged_after_delivered_is_flagged_as_an_anomaly_and_the_parcel_stays_delivered() {
        List<ScanEvent> h = new ArrayList<>(onTime());
        h.add(scan("odd", ScanCode.IG, KOCHI_OFFICE, 60));
        TrackingState s = derive(h);
        assertThat(s.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(s.lastEvent().orElseThrow().eventId()).isEqualTo("e8");
        assertThat(s.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.eventId()).isEqualTo("odd");
            assertThat(a.description()).isEqualTo("Item bagged at 682028 after the item was delivered (event e8)");
        });
    }

    @Test
    void a_failed_attempt_for_a_door_locked_moves_the_EDD_to_the_next_working_day_and_counts_the_attempt() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 7));
        h.add(notDelivered("n1", "01", 52)); // Wednesday 14:00
        TrackingState s = derive(h);
        assertThat(s.status()).isEqualTo(TrackingStatus.NOT_DELIVERED);
        assertThat(s.deliveryAttempts()).isEqualTo(1);
        assertThat(s.revisedEdd()).contains(LocalDate.of(2026, 11, 26));
        assertThat(s.nextStep().orElseThrow().description()).isEqualTo("Delivery re-attempt");
    }

    @Test
    void a_refusal_asks_the_shipper_for_an_instruction() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 7));
        h.add(notDelivered("n1", "09", 52));
        assertThat(derive(h).nextStep().orElseThrow().description())
                .isEqualTo("Shipper instruction: re-attempt, new address or return");
    }

    @Test
    void a_returned_parcel_delivered_back_is_returned_to_the_shipper_and_its_return_trip_is_not_misrouting() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 7));
        h.add(notDelivered("n1", "09", 52));
        h.add(scan("rn", ScanCode.RN, KOCHI_OFFICE, 53));
        h.add(scan("back1", ScanCode.IR, MUMBAI_OFFICE, 70));
        TrackingState returning = derive(h);
        assertThat(returning.status()).isEqualTo(TrackingStatus.RETURNING);
        assertThat(returning.misrouted()).isFalse();
        assertThat(returning.revisedEdd()).isEmpty();
        h.add(scan("back2", ScanCode.D, PICKUP_OFFICE, 100));
        assertThat(derive(h).status()).isEqualTo(TrackingStatus.RETURNED_TO_SHIPPER);
    }

    @Test
    void a_lost_parcel_that_is_scanned_again_is_found() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(0, 3));
        h.add(scan("lo", ScanCode.LO, DELHI_HUB_OFFICE, 30));
        assertThat(derive(h).status()).isEqualTo(TrackingStatus.LOST);
        h.add(scan("found", ScanCode.IR, KOCHI_HUB_OFFICE, 60));
        assertThat(derive(h).status()).isEqualTo(TrackingStatus.IN_TRANSIT);
    }

    @Test
    void a_late_booking_scan_after_the_parcel_moved_is_an_anomaly() {
        List<ScanEvent> h = new ArrayList<>(onTime().subList(1, 3));
        h.add(scan("ib", ScanCode.IB, PICKUP_OFFICE, 20));
        TrackingState s = derive(h);
        assertThat(s.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(s.anomalies()).extracting(Anomaly::eventId).containsExactly("ib");
    }

    @Test
    void the_same_scans_in_reverse_order_give_the_same_state_and_a_repeated_event_id_counts_once() {
        List<ScanEvent> reversed = new ArrayList<>(onTime());
        Collections.reverse(reversed);
        reversed.add(onTime().get(3));
        assertThat(derive(reversed)).isEqualTo(derive(onTime()));
    }

    @Test
    void a_cancelled_booking_ends_the_plan_and_a_cancellation_after_the_post_had_it_is_an_anomaly() {
        TrackingState cancelled = derive(List.of(scan("cancel", ScanCode.XC, "DEL-FC1", 1)));
        assertThat(cancelled.status()).isEqualTo(TrackingStatus.CANCELLED);
        assertThat(cancelled.nextStep()).isEmpty();
        assertThat(cancelled.revisedEdd()).isEmpty();

        List<ScanEvent> late = new java.util.ArrayList<>(onTime().subList(0, 2));
        late.add(scan("cancel", ScanCode.XC, "DEL-FC1", 20));
        TrackingState s = derive(late);
        assertThat(s.status()).isNotEqualTo(TrackingStatus.CANCELLED);
        assertThat(s.anomalies()).extracting(Anomaly::eventId).containsExactly("cancel");
        assertThat(ScanCode.parse("XC")).isEmpty();
        assertThat(ScanCode.parse("BOOKING_CANCEL")).isEmpty();
    }
}
