package org.daksetu.network.infrastructure.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.HubLevel;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.infrastructure.NetworkDataset;
import org.daksetu.network.infrastructure.OfficesTsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planner on the real India Post directory that the application carries. */
class TransmissionPlannerTest {

    static NetworkSnapshot network;
    static TransmissionPlanner.Plan plan;

    @BeforeAll
    static void planTheRealNetwork() throws Exception {
        NetworkDataset dataset = NetworkDataset.bundled();
        List<PostOffice> offices;
        try (InputStream in = dataset.openOffices()) {
            offices = OfficesTsv.read(in);
        }
        network = new NetworkSnapshot(dataset.version(), offices, dataset.restrictions());
        plan = new TransmissionPlanner(network).plan();
    }

    @Test
    void it_plans_as_many_hubs_and_delivery_centres_as_India_Post_runs() {
        Map<HubLevel, Long> levels = plan.hubs().stream().collect(Collectors.groupingBy(Hub::level, Collectors.counting()));
        assertThat(levels).containsEntry(HubLevel.L1, 57L).containsEntry(HubLevel.L2, 133L).containsEntry(HubLevel.NDC, 233L);
        assertThat(plan.hubs()).extracting(Hub::code).doesNotHaveDuplicates();
    }

    @Test
    void every_circle_has_a_level_one_hub() {
        Set<String> circles = network.offices().stream().map(PostOffice::circle).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        Set<String> served = plan.hubs().stream().filter(h -> h.level() == HubLevel.L1).map(Hub::circle).collect(Collectors.toSet());
        assertThat(served).containsAll(circles);
    }

    @Test
    void every_PIN_is_served_by_a_sorting_hub_and_about_1600_by_a_nodal_delivery_centre() {
        assertThat(plan.assignments()).hasSize(network.pinCount());
        Set<String> sorting = plan.hubs().stream().filter(h -> h.level() != HubLevel.NDC).map(Hub::code).collect(Collectors.toSet());
        assertThat(plan.assignments()).allMatch(a -> sorting.contains(a.hubCode()));
        long viaNdc = plan.assignments().stream().filter(a -> a.ndcCode().isPresent()).count();
        assertThat(viaNdc).isBetween(1_500L, 1_700L);
    }

    @Test
    void every_sorting_hub_can_reach_every_other_over_the_lanes() {
        List<String> sorting = plan.hubs().stream().filter(h -> h.level() != HubLevel.NDC).map(Hub::code).toList();
        Map<String, List<String>> out = plan.lanes().stream().collect(Collectors.groupingBy(Lane::from,
                Collectors.mapping(Lane::to, Collectors.toList())));
        for (String start : List.of(sorting.getFirst(), sorting.getLast())) {
            Set<String> seen = new HashSet<>(List.of(start));
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (String next : out.getOrDefault(queue.poll(), List.of())) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            assertThat(seen).as("reachable from " + start).containsAll(sorting);
        }
    }

    @Test
    void a_level_two_hub_hangs_off_a_level_one_hub_and_is_fed_both_ways() {
        Set<String> l1 = plan.hubs().stream().filter(h -> h.level() == HubLevel.L1).map(Hub::code).collect(Collectors.toSet());
        Set<String> laneIds = plan.lanes().stream().map(Lane::id).collect(Collectors.toSet());
        plan.hubs().stream().filter(h -> h.level() == HubLevel.L2).forEach(h -> {
            assertThat(l1).contains(h.parent().orElseThrow());
            assertThat(laneIds).anyMatch(id -> id.startsWith(h.code() + "~" + h.parent().orElseThrow() + "~"));
            assertThat(laneIds).anyMatch(id -> id.startsWith(h.parent().orElseThrow() + "~" + h.code() + "~"));
        });
    }

    @Test
    void the_same_directory_gives_the_same_plan() {
        TransmissionPlanner.Plan again = new TransmissionPlanner(network).plan();
        assertThat(again.hubs()).isEqualTo(plan.hubs());
        assertThat(again.lanes()).isEqualTo(plan.lanes());
        assertThat(again.assignments()).isEqualTo(plan.assignments());
    }

    @Test
    void the_plan_survives_a_round_trip_through_its_csv_files(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TransmissionPlanFiles.write(plan, dir);
        try (var hubs = java.nio.file.Files.newInputStream(dir.resolve(TransmissionPlanFiles.HUBS));
             var lanes = java.nio.file.Files.newInputStream(dir.resolve(TransmissionPlanFiles.LANES));
             var assignments = java.nio.file.Files.newInputStream(dir.resolve(TransmissionPlanFiles.OFFICE_HUBS))) {
            assertThat(TransmissionPlanFiles.readHubs(hubs)).isEqualTo(plan.hubs());
            assertThat(TransmissionPlanFiles.readLanes(lanes)).isEqualTo(plan.lanes());
            assertThat(TransmissionPlanFiles.readOfficeHubs(assignments)).isEqualTo(plan.assignments());
        }
    }

    @Test
    void a_bad_row_in_a_planner_s_file_is_refused_naming_the_file_and_line() {
        String csv = "lane_id,from_hub,to_hub,mode,distance_km,transit_minutes,days,departure,cutoff,runs_on_holidays,capacity_bags,capacity_kg,active\n"
                + "A~B~ROAD,A,B,ROAD,10,60,DAILY,22:00,21:00,true,1,1,true\n"
                + "A~C~ROAD,A,C,TRUCK,10,60,DAILY,22:00,21:00,true,1,1,true\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransmissionPlanFiles.readLanes(
                        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("lanes.csv line 3").hasMessageContaining("TRUCK");
    }
}
