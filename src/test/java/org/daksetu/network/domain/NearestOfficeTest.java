package org.daksetu.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.network.domain.Offices.aBranchOfficeDeliveredBy;
import static org.daksetu.network.domain.Offices.aSubOffice;
import static org.daksetu.network.domain.Offices.at;

import java.util.List;
import org.daksetu.shared.GeoPoint;
import org.junit.jupiter.api.Test;

class NearestOfficeTest {

    @Test
    void a_pickup_point_is_tied_to_the_nearest_sub_office_even_when_a_branch_office_is_nearer() {
        PostOffice farSubOffice = at(aSubOffice(1, 682028), 10.10, 76.30);
        PostOffice nearBranch = at(aBranchOfficeDeliveredBy(2, 682028, 1), 10.001, 76.001);
        PostOffice nearSubOffice = at(aSubOffice(3, 682028), 10.02, 76.02);
        var match = NearestOffice.to(new GeoPoint(10.0, 76.0), List.of(farSubOffice, nearBranch, nearSubOffice)).orElseThrow();
        assertThat(match.office().id()).isEqualTo(3);
        assertThat(match.distanceKm()).isBetween(3.0, 3.2);
    }

    @Test
    void without_any_sub_or_head_office_there_is_no_match() {
        assertThat(NearestOffice.to(new GeoPoint(10, 76), List.of(aBranchOfficeDeliveredBy(2, 682028, 1)))).isEmpty();
    }
}
