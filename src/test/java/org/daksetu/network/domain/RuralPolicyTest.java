package org.daksetu.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.network.domain.Offices.aBranchOfficeDeliveredBy;
import static org.daksetu.network.domain.Offices.aSubOffice;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuralPolicyTest {

    @Test
    void a_town_office_with_its_villages_branch_offices_is_a_rural_PIN() {
        assertThat(RuralPolicy.isRural(List.of(aSubOffice(1, 686001), aBranchOfficeDeliveredBy(2, 686001, 1),
                aBranchOfficeDeliveredBy(3, 686001, 1)))).isTrue();
    }

    @Test
    void a_city_PIN_with_sub_offices_only_is_urban() {
        assertThat(RuralPolicy.isRural(List.of(aSubOffice(1, 110001), aSubOffice(2, 110001)))).isFalse();
    }

    @Test
    void one_branch_office_among_three_town_offices_leaves_the_PIN_urban() {
        assertThat(RuralPolicy.isRural(List.of(aSubOffice(1, 400001), aSubOffice(2, 400001), aSubOffice(3, 400001),
                aBranchOfficeDeliveredBy(4, 400001, 1)))).isFalse();
    }

    @Test
    void half_branch_offices_is_rural() {
        assertThat(RuralPolicy.isRural(List.of(aSubOffice(1, 500001), aBranchOfficeDeliveredBy(2, 500001, 1)))).isTrue();
    }
}
