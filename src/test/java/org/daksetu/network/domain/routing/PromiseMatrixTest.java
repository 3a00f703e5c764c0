package org.daksetu.network.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.network.domain.routing.TinyNetwork.ist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.daksetu.shared.Pin;
import org.junit.jupiter.api.Test;

/** The rules of the delivery promise, each stated as a situation and its exact outcome. */
class PromiseMatrixTest {

    // Monday 23 November 2026, 10:00 IST: before the 17:00 pickup cut-off.
    static final java.time.OffsetDateTime MONDAY_MORNING = ist(2026, 11, 23, 10, 0);

    @Test
    void a_parcel_for_Mumbai_handed_over_on_Monday_morning_flies_that_night_and_is_delivered_on_Wednesday() {
        DeliveryPromise p = new TinyNetwork().matrix().promise(TinyNetwork.PICKUP, new Pin(TinyNetwork.MUMBAI_PIN), MONDAY_MORNING).orElseThrow();
        // pickup 18:00 Mon; hub 18:xx; flight 02:00 Tue (cut-off 23:00 Mon) lands 07:00; dispatch 05:00 Wed; delivered Wed.
        assertThat(p.edd()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(p.transitDays()).isEqualTo(2);
        assertThat(p.itinerary().legs()).extracting(Leg::kind)
                .containsExactly(LegKind.PICKUP, LegKind.TRANSMISSION, LegKind.DISPATCH, LegKind.DELIVERY);
        assertThat(p.itinerary().legs().get(1).plannedDeparture()).isEqualTo(ist(2026, 11, 24, 2, 0));
        assertThat(p.destinationHub()).isEqualTo("H1-400001");
    }

    @Test
    void a_metro_to_metro_promise_is_shorter_than_metro_to_a_remote_branch_office_area() {
        PromiseMatrix m = new TinyNetwork().matrix();
        int metro = m.promise(TinyNetwork.PICKUP, new Pin(TinyNetwork.MUMBAI_PIN), MONDAY_MORNING).orElseThrow().transitDays();
        int remote = m.promise(TinyNetwork.PICKUP, new Pin(TinyNetwork.JALNA_VILLAGES_PIN), MONDAY_MORNING).orElseThrow().transitDays();
        assertThat(metro).isLessThan(remote);
    }

    @Test
    void missing_the_pickup_cut_off_by_a_minute_moves_the_EDD_by_a_day() {
        PromiseMatrix m = new TinyNetwork().matrix();
        Pin mumbai = new Pin(TinyNetwork.MUMBAI_PIN);
        LocalDate onTime = m.promise(TinyNetwork.PICKUP, mumbai, ist(2026, 11, 23, 17, 0)).orElseThrow().edd();
        LocalDate late = m.promise(TinyNetwork.PICKUP, mumbai, ist(2026, 11, 23, 17, 1)).orElseThrow().edd();
        assertThat(onTime).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(late).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void missing_a_lane_cut_off_waits_for_that_lane_s_next_departure() {
        TinyNetwork net = new TinyNetwork();
        // An evening train instead of the night flight: leaves 19:00, bags closed 18:30, 8 hours. The parcel reaches
        // the hub after the 18:00 pickup run and needs two hours of sorting, so Monday's train has gone: Tuesday's
        // lands at 03:00 Wednesday, too late for Wednesday's 05:00 dispatch (sorting ends 05:00, cut-off 03:00).
        net.lanes.set(0, TinyNetwork.lane("H1-110001", "H1-400001", TransportMode.RAIL, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(19, 0), LocalTime.of(18, 30), 480, true));
        DeliveryPromise p = net.matrix().promise(TinyNetwork.PICKUP, new Pin(TinyNetwork.MUMBAI_PIN), MONDAY_MORNING).orElseThrow();
        assertThat(p.itinerary().legs().get(1).plannedDeparture()).isEqualTo(ist(2026, 11, 24, 19, 0));
        assertThat(p.edd()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void a_handover_on_Saturday_evening_is_picked_up_on_Monday_because_Sunday_is_closed() {
        DeliveryPromise p = new TinyNetwork().matrix()
                .promise(TinyNetwork.PICKUP, new Pin(TinyNetwork.MUMBAI_PIN), ist(2026, 11, 21, 17, 30)).orElseThrow();
        assertThat(p.itinerary().first().plannedDeparture()).isEqualTo(ist(2026, 11, 23, 18, 0));
    }

    @Test
    void a_delivery_that_would_fall_on_Sunday_is_made_on_Monday() {
        // Handover Thursday: flight Fri 02:00, at Mumbai hub Fri; dispatch Sat 05:00 → delivered Saturday.
        // Handover Friday: flight Sat 02:00; dispatch would be Sunday 05:00 → Monday.
        PromiseMatrix m = new TinyNetwork().matrix();
        Pin mumbai = new Pin(TinyNetwork.MUMBAI_PIN);
        assertThat(m.promise(TinyNetwork.PICKUP, mumbai, ist(2026, 11, 26, 10, 0)).orElseThrow().edd()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(m.promise(TinyNetwork.PICKUP, mumbai, ist(2026, 11, 27, 10, 0)).orElseThrow().edd()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_national_holiday_on_the_delivery_day_moves_delivery_to_the_next_working_day() {
        Pin mumbai = new Pin(TinyNetwork.MUMBAI_PIN);
        LocalDate plain = new TinyNetwork().matrix().promise(TinyNetwork.PICKUP, mumbai, MONDAY_MORNING).orElseThrow().edd();
        LocalDate withHoliday = new TinyNetwork().holiday(plain).matrix().promise(TinyNetwork.PICKUP, mumbai, MONDAY_MORNING)
                .orElseThrow().edd();
        assertThat(withHoliday).isEqualTo(plain.plusDays(1));
    }

    @Test
    void a_feeder_lane_that_does_not_run_on_holidays_waits_a_day_and_the_trunk_flight_does_not() {
        Pin village = new Pin(TinyNetwork.JALNA_VILLAGES_PIN);
        DeliveryPromise plain = new TinyNetwork().matrix().promise(TinyNetwork.PICKUP, village, MONDAY_MORNING).orElseThrow();
        LocalDate feederDay = plain.itinerary().legs().get(2).plannedDeparture().toLocalDate();
        DeliveryPromise held = new TinyNetwork().holiday(feederDay).matrix().promise(TinyNetwork.PICKUP, village, MONDAY_MORNING).orElseThrow();
        assertThat(held.itinerary().legs().get(1).plannedDeparture()).isEqualTo(plain.itinerary().legs().get(1).plannedDeparture());
        assertThat(held.itinerary().legs().get(2).plannedDeparture()).isEqualTo(plain.itinerary().legs().get(2).plannedDeparture().plusDays(1));
        assertThat(held.edd()).isAfter(plain.edd());
    }

    @Test
    void an_office_closed_for_a_flood_delivers_on_its_first_open_day() {
        Pin village = new Pin(TinyNetwork.JALNA_VILLAGES_PIN);
        LocalDate plain = new TinyNetwork().matrix().promise(TinyNetwork.PICKUP, village, MONDAY_MORNING).orElseThrow().edd();
        LocalDate closedUntil = plain.plusDays(2);
        LocalDate edd = new TinyNetwork().closed(4312130001L, plain.minusDays(1), closedUntil).matrix()
                .promise(TinyNetwork.PICKUP, village, MONDAY_MORNING).orElseThrow().edd();
        assertThat(edd).isAfter(closedUntil);
    }

    @Test
    void a_PIN_whose_hub_no_lane_reaches_is_unreachable_with_the_reason_and_has_no_promise() {
        TinyNetwork net = new TinyNetwork();
        net.lanes.removeIf(l -> l.to().equals("H2-431203"));
        PromiseMatrix m = net.matrix();
        Pin town = new Pin(TinyNetwork.JALNA_TOWN_PIN);
        assertThat(m.unreachable(TinyNetwork.PICKUP, town)).hasValueSatisfying(r -> assertThat(r).contains("no lane path"));
        assertThat(m.promise(TinyNetwork.PICKUP, town, MONDAY_MORNING)).isEmpty();
        assertThat(m.unreachablePairs(TinyNetwork.PICKUP)).extracting(PromiseMatrix.Unreachable::pin)
                .containsExactlyInAnyOrder(TinyNetwork.JALNA_TOWN_PIN, TinyNetwork.JALNA_VILLAGES_PIN);
    }

    @Test
    void a_parcel_for_the_pickup_point_s_own_city_is_in_the_local_zone() {
        PromiseMatrix m = new TinyNetwork().matrix();
        assertThat(m.zone(TinyNetwork.PICKUP, new Pin(TinyNetwork.DELHI_PIN))).isEqualTo(TariffZone.LOCAL);
        assertThat(m.zone(TinyNetwork.PICKUP, new Pin(TinyNetwork.MUMBAI_PIN))).isEqualTo(TariffZone.KM_1001_2000);
    }

    @Test
    void the_EDD_alone_agrees_with_the_full_promise() {
        PromiseMatrix m = new TinyNetwork().matrix();
        for (int pin : m.pins()) {
            for (int hour = 0; hour < 24 * 7; hour += 5) {
                var at = MONDAY_MORNING.plusHours(hour);
                var full = m.promise(TinyNetwork.PICKUP, new Pin(pin), at).orElseThrow();
                assertThat(m.eddEpochDay(TinyNetwork.PICKUP, new Pin(pin), at)).isEqualTo(full.edd().toEpochDay());
            }
        }
    }
}
