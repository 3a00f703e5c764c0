package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daksetu.network.infrastructure.dataset.SourceRecords.DivisionOffice;
import org.junit.jupiter.api.Test;

class DivisionDirectoryTest {

    @Test
    void a_circle_named_on_one_row_only_is_folded_into_the_circle_of_its_sorting_district() {
        DivisionDirectory directory = new DivisionDirectory(List.of(
                row("Mira", 401104, "Thane", "Thane", "Mira"),
                row("Bhayandar", 401101, "Maharashtra", "Mumbai", "Thane"),
                row("Vasai", 401201, "Maharashtra", "Mumbai", "Thane"),
                row("Kelve Road", 401401, "Maharashtra", "Mumbai", "Thane")));

        assertThat(directory.find(401104, "Mira").orElseThrow().office().circle()).isEqualTo("Maharashtra");
        assertThat(directory.circleTyposFolded()).isEqualTo(1);
    }

    @Test
    void circle_names_are_spelled_as_India_Post_spells_them() {
        DivisionDirectory directory = new DivisionDirectory(List.of(
                row("Adyar", 600020, "Tamilnadu", "Chennai Region", "Chennai City South"),
                row("Besant Nagar", 600090, "Tamilnadu", "Chennai Region", "Chennai City South"),
                row("Guindy", 600032, "Tamilnadu", "Chennai Region", "Chennai City South")));

        assertThat(directory.find(600020, "Adyar").orElseThrow().office().circle()).isEqualTo("Tamil Nadu");
    }

    @Test
    void names_match_whatever_their_case_spacing_and_punctuation() {
        DivisionDirectory directory = new DivisionDirectory(List.of(
                row("Sector 27 (Chandigarh)", 160019, "Punjab", "Chandigarh HQ", "Chandigarh")));

        var match = directory.find(160019, "SECTOR 27(Chandigarh)").orElseThrow();

        assertThat(match.how()).isEqualTo(NameMatch.EXACT);
    }

    @Test
    void a_name_with_an_office_type_word_matches_loosely_when_it_is_the_only_candidate() {
        DivisionDirectory directory = new DivisionDirectory(List.of(
                row("Kadugodi", 560067, "Karnataka", "Bangalore HQ", "Bangalore East"),
                row("Kadugodi Extention SO", 560067, "Karnataka", "Bangalore HQ", "Bangalore East")));

        var match = directory.find(560067, "Kadugodi Extention").orElseThrow();

        assertThat(match.how()).isEqualTo(NameMatch.LOOSE);
        assertThat(match.office().name()).isEqualTo("Kadugodi Extention SO");
    }

    @Test
    void an_office_of_another_PIN_does_not_match() {
        DivisionDirectory directory = new DivisionDirectory(List.of(
                row("Fatehpur", 812004, "Bihar", "Bhagalpur", "Bhagalpur")));

        assertThat(directory.find(803201, "Fatehpur")).isEmpty();
    }

    @Test
    void the_most_common_hierarchy_of_a_PIN_stands_in_for_an_office_without_a_row() {
        DivisionDirectory directory = new DivisionDirectory(List.of(
                row("A", 495006, "Chhattisgarh", "Raipur", "Bilaspur"),
                row("B", 495006, "Chhattisgarh", "Raipur", "Bilaspur"),
                row("C", 495006, "Chhattisgarh", "Raipur", "Raigarh")));

        assertThat(directory.mostCommonHierarchyOfPin(495006))
                .contains(new PostalHierarchy("Bilaspur", "Raipur", "Chhattisgarh"));
    }

    private static DivisionOffice row(String name, int pin, String circle, String region, String division) {
        return new DivisionOffice(pin, name, circle, region, division, "Some District", "Some State");
    }
}
