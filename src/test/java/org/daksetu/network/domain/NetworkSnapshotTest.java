package org.daksetu.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daksetu.network.domain.Offices.aBranchOfficeDeliveredBy;
import static org.daksetu.network.domain.Offices.aSubOffice;

import java.util.List;
import org.daksetu.shared.Pin;
import org.junit.jupiter.api.Test;

class NetworkSnapshotTest {

    @Test
    void a_PIN_profile_names_the_delivery_office_the_dataset_chose_and_lists_every_office() {
        var snapshot = new NetworkSnapshot("v1", List.of(aSubOffice(1, 682028), aBranchOfficeDeliveredBy(2, 682028, 1)), List.of());
        PinProfile profile = snapshot.profile(new Pin(682028)).orElseThrow();
        assertThat(profile.deliveryOffice().id()).isEqualTo(1);
        assertThat(profile.offices()).extracting(PostOffice::id).containsExactly(1L, 2L);
        assertThat(profile.serviceable()).isTrue();
        assertThat(profile.codAvailable()).isTrue();
    }

    @Test
    void a_PIN_without_offices_has_no_profile() {
        var snapshot = new NetworkSnapshot("v1", List.of(aSubOffice(1, 682028)), List.of());
        assertThat(snapshot.profile(new Pin(682029))).isEmpty();
    }

    @Test
    void a_not_serviceable_restriction_covers_every_PIN_under_its_prefix_and_takes_COD_with_it() {
        var restriction = new ServiceRestriction("9", ServiceRestriction.Kind.NOT_SERVICEABLE, "Army Postal Service");
        var snapshot = new NetworkSnapshot("v1", List.of(aSubOffice(1, 930001), aSubOffice(2, 110001)), List.of(restriction));
        PinProfile aps = snapshot.profile(new Pin(930001)).orElseThrow();
        assertThat(aps.serviceable()).isFalse();
        assertThat(aps.notServiceableReason()).contains("Army Postal Service");
        assertThat(aps.codAvailable()).isFalse();
        assertThat(snapshot.profile(new Pin(110001)).orElseThrow().serviceable()).isTrue();
    }

    @Test
    void a_no_COD_restriction_keeps_the_PIN_serviceable() {
        var restriction = new ServiceRestriction("1100", ServiceRestriction.Kind.NO_COD, "pilot area");
        var snapshot = new NetworkSnapshot("v1", List.of(aSubOffice(1, 110001)), List.of(restriction));
        PinProfile p = snapshot.profile(new Pin(110001)).orElseThrow();
        assertThat(p.serviceable()).isTrue();
        assertThat(p.codAvailable()).isFalse();
    }

    @Test
    void a_dataset_naming_a_delivery_office_outside_the_PIN_is_refused_rather_than_served_wrong() {
        assertThatThrownBy(() -> new NetworkSnapshot("v1", List.of(aBranchOfficeDeliveredBy(2, 682028, 99)), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("682028");
    }

    @Test
    void states_and_districts_are_known_ignoring_case() {
        var snapshot = new NetworkSnapshot("v1", List.of(aSubOffice(1, 682028)), List.of());
        assertThat(snapshot.hasState("STATE")).isTrue();
        assertThat(snapshot.hasDistrict("district")).isTrue();
        assertThat(snapshot.hasState("Atlantis")).isFalse();
    }
}
