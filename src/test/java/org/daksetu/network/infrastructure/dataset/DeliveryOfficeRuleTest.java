package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.daksetu.network.infrastructure.dataset.DeliveryOfficeRule.Candidate;
import org.daksetu.network.infrastructure.dataset.DeliveryOfficeRule.Reason;
import org.junit.jupiter.api.Test;

class DeliveryOfficeRuleTest {

    private static final Coordinates CENTROID = new Coordinates(20.0, 80.0);

    private final DeliveryOfficeRule rule = new DeliveryOfficeRule();

    @Test
    void a_PIN_with_a_head_office_and_a_sub_office_is_delivered_by_the_head_office() {
        Candidate sub = office(1, Tier.SO, "abc", new Coordinates(20.0, 80.0));
        Candidate head = office(2, Tier.HO, "xyz", new Coordinates(21.0, 81.0));

        assertThat(rule.choose(List.of(sub, head), Optional.of(CENTROID)).officeId()).isEqualTo(2);
    }

    @Test
    void a_non_delivery_town_sub_office_gives_way_to_any_other_sub_office() {
        Candidate townSubOffice = new Candidate(1, Tier.SO, true, "aaa", CENTROID);
        Candidate subOffice = office(2, Tier.SO, "zzz", new Coordinates(25.0, 85.0));

        var decision = rule.choose(List.of(townSubOffice, subOffice), Optional.of(CENTROID));

        assertThat(decision.officeId()).isEqualTo(2);
        assertThat(decision.nonDeliveryOfficesSkipped()).isTrue();
        assertThat(decision.reason()).isEqualTo(Reason.ONE_CANDIDATE);
    }

    @Test
    void a_PIN_with_only_non_delivery_offices_still_gets_one_of_them() {
        Candidate a = new Candidate(1, Tier.SO, true, "bbb", null);
        Candidate b = new Candidate(2, Tier.SO, true, "aaa", null);

        assertThat(rule.choose(List.of(a, b), Optional.empty()).officeId()).isEqualTo(2);
    }

    @Test
    void of_two_sub_offices_the_one_nearest_the_PIN_centroid_delivers() {
        Candidate far = office(1, Tier.SO, "aaa", new Coordinates(20.5, 80.5));
        Candidate near = office(2, Tier.SO, "zzz", new Coordinates(20.01, 80.01));

        var decision = rule.choose(List.of(far, near), Optional.of(CENTROID));

        assertThat(decision.officeId()).isEqualTo(2);
        assertThat(decision.reason()).isEqualTo(Reason.NEAREST_TO_PIN_CENTROID);
    }

    @Test
    void sub_offices_on_the_same_GeoNames_point_are_decided_by_name() {
        Coordinates samePoint = new Coordinates(20.2, 80.2);
        Candidate b = office(1, Tier.SO, "bhimavaram", samePoint);
        Candidate a = office(2, Tier.SO, "akividu", samePoint);

        var decision = rule.choose(List.of(b, a), Optional.of(CENTROID));

        assertThat(decision.officeId()).isEqualTo(2);
        assertThat(decision.reason()).isEqualTo(Reason.BY_NAME);
    }

    @Test
    void a_sub_office_placed_only_at_the_centroid_ranks_after_one_with_its_own_place() {
        Candidate unplaced = office(1, Tier.SO, "aaa", null);
        Candidate placed = office(2, Tier.SO, "zzz", new Coordinates(21.0, 81.0));

        assertThat(rule.choose(List.of(unplaced, placed), Optional.of(CENTROID)).officeId()).isEqualTo(2);
    }

    @Test
    void without_coordinates_the_first_name_delivers() {
        Candidate b = office(7, Tier.SO, "bhimavaram", null);
        Candidate a = office(9, Tier.SO, "akividu", null);

        var decision = rule.choose(List.of(b, a), Optional.empty());

        assertThat(decision.officeId()).isEqualTo(9);
        assertThat(decision.reason()).isEqualTo(Reason.BY_NAME);
    }

    @Test
    void a_PIN_with_branch_offices_only_is_delivered_by_one_of_them() {
        Candidate b1 = office(1, Tier.BO, "kothapalli", new Coordinates(20.3, 80.3));
        Candidate b2 = office(2, Tier.BO, "ramapuram", new Coordinates(20.1, 80.1));

        var decision = rule.choose(List.of(b1, b2), Optional.of(CENTROID));

        assertThat(decision.officeId()).isEqualTo(2);
        assertThat(decision.tier()).isEqualTo(Tier.BO);
    }

    @Test
    void branch_offices_never_deliver_when_the_PIN_has_a_sub_office() {
        Candidate branch = office(1, Tier.BO, "aaa", CENTROID);
        Candidate sub = office(2, Tier.SO, "zzz", new Coordinates(22.0, 82.0));

        assertThat(rule.choose(List.of(branch, sub), Optional.of(CENTROID)).officeId()).isEqualTo(2);
    }

    private static Candidate office(long id, Tier tier, String nameKey, Coordinates place) {
        return new Candidate(id, tier, false, nameKey, place);
    }
}
