package org.daksetu.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JourneyTest {

    static final SimulationSettings NEVER_FAILS = new SimulationSettings(1, LocalDate.of(2026, 7, 1), 30, 100, 3, 0.5, 0.2, 0.7,
            0, 0, 0, 3, "SIM-TEST");
    static final SimulationSettings ALWAYS_FAILS = new SimulationSettings(1, LocalDate.of(2026, 7, 1), 30, 100, 3, 0.5, 0.2, 0.7,
            0, 1, 1, 3, "SIM-TEST");

    /** Pickup point to hub, hub to hub on a lane, hub to office, office to the door: a usual itinerary. */
    static List<PlannedLeg> itinerary() {
        return List.of(
                leg("PICKUP", "DEL-FC1", "H1-110001", null, "2026-07-06T18:00+05:30", "2026-07-06T20:00+05:30"),
                leg("TRANSMISSION", "H1-110001", "H1-400001", "L-1", "2026-07-06T23:00+05:30", "2026-07-08T05:00+05:30"),
                leg("DISPATCH", "H1-400001", "1234", null, "2026-07-08T07:00+05:30", "2026-07-08T09:00+05:30"),
                leg("DELIVERY", "1234", "PIN 400050", null, "2026-07-08T10:00+05:30", "2026-07-08T14:00+05:30"));
    }

    static PlannedLeg leg(String kind, String from, String to, String lane, String dep, String arr) {
        return new PlannedLeg(kind, from, to, lane, OffsetDateTime.parse(dep).toEpochSecond(), OffsetDateTime.parse(arr).toEpochSecond());
    }

    @Test
    void a_parcel_on_time_is_booked_dispatched_and_received_along_every_leg_then_delivered_by_its_office() {
        List<SimScan> scans = Journey.plan(itinerary(), new Journey.Fate(false, false, 1), NEVER_FAILS,
                new LaneDelays(1, 0), new SplittableRandom(3));
        assertThat(scans).extracting(SimScan::code).containsExactly("IB", "ID", "IR", "ID", "IR", "ID", "IR", "BD", "D");
        assertThat(scans).extracting(SimScan::place).containsExactly("DEL-FC1", "DEL-FC1", "H1-110001", "H1-110001", "H1-400001",
                "H1-400001", "1234", "1234", "1234");
        assertThat(scans).extracting(SimScan::seq).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        for (int i = 1; i < scans.size(); i++) {
            assertThat(scans.get(i).at()).isGreaterThanOrEqualTo(scans.get(i - 1).at());
        }
        assertThat(scans.get(6).at()).isEqualTo(OffsetDateTime.parse("2026-07-08T09:00+05:30").toEpochSecond());
    }

    @Test
    void a_lane_running_late_moves_every_later_scan_by_a_day() {
        LaneDelays always = new LaneDelays(1, 1);
        List<SimScan> onTime = Journey.plan(itinerary(), new Journey.Fate(false, false, 1), NEVER_FAILS, new LaneDelays(1, 0),
                new SplittableRandom(3));
        List<SimScan> late = Journey.plan(itinerary(), new Journey.Fate(false, false, 1), NEVER_FAILS, always, new SplittableRandom(3));
        assertThat(late.get(2).at()).isEqualTo(onTime.get(2).at());
        for (int i = 3; i < late.size() - 1; i++) {
            assertThat(late.get(i).at() - onTime.get(i).at()).as(late.get(i).code()).isEqualTo(86_400);
        }
    }

    @Test
    void attempts_that_keep_failing_end_in_a_return_to_the_pickup_point() {
        List<SimScan> scans = Journey.plan(itinerary(), new Journey.Fate(true, true, 1), ALWAYS_FAILS, new LaneDelays(1, 0),
                new SplittableRandom(9));
        List<String> codes = scans.stream().map(SimScan::code).toList();
        assertThat(codes.subList(0, 7)).containsExactly("IB", "ID", "IR", "ID", "IR", "ID", "IR");
        assertThat(codes.get(codes.size() - 2)).isEqualTo("RN");
        assertThat(scans.getLast().code()).isEqualTo("D");
        assertThat(scans.getLast().place()).isEqualTo("DEL-FC1");
        long failed = codes.stream().filter("N"::equals).count();
        assertThat(failed).isBetween(1L, 3L);
        SimScan lastFailure = scans.stream().filter(s -> s.code().equals("N")).reduce((a, b) -> b).orElseThrow();
        // Either the reason ended the delivery at once, or the three attempts ran out.
        assertThat(NonDeliveryModel.endsDelivery(lastFailure.reason()) || failed == 3).isTrue();
        scans.stream().filter(s -> s.code().equals("N")).forEach(s -> assertThat(s.reason()).matches("\\d\\d"));
    }

    @Test
    void beats_do_not_run_on_sundays() {
        long saturdayNoon = OffsetDateTime.parse("2026-07-11T12:00+05:30").toEpochSecond();
        assertThat(Journey.nextWorkingDay(saturdayNoon)).isEqualTo(OffsetDateTime.parse("2026-07-13T12:00+05:30").toEpochSecond());
    }

    @Test
    void the_same_seed_plans_the_same_journey() {
        for (long seed = 0; seed < 50; seed++) {
            Journey.Fate fate = new Journey.Fate(seed % 2 == 0, seed % 3 == 0, LaneDelays.officeFactor(seed, "1234"));
            SimulationSettings s = SimulationSettings.defaults(seed, LocalDate.of(2026, 7, 1), 10, 10);
            assertThat(Journey.plan(itinerary(), fate, s, new LaneDelays(seed, 0.3), new SplittableRandom(seed)))
                    .isEqualTo(Journey.plan(itinerary(), fate, s, new LaneDelays(seed, 0.3), new SplittableRandom(seed)));
        }
    }
}
