package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateModernizerTest {

    private final StateModernizer states = new StateModernizer();

    @Test
    void Andhra_Pradesh_office_in_Hyderabad_district_is_in_Telangana() {
        assertThat(states.modernize("ANDHRA PRADESH", "Hyderabad", true)).isEqualTo("Telangana");
    }

    @ParameterizedTest
    @CsvSource({"K.V.Rangareddy", "Mahabub Nagar", "Karim Nagar", "Warangal", "Khammam", "Adilabad"})
    void every_former_Andhra_Pradesh_district_of_Telangana_moves(String district) {
        assertThat(states.modernize("ANDHRA PRADESH", district, true)).isEqualTo("Telangana");
    }

    @Test
    void Andhra_Pradesh_office_in_Guntur_district_stays_in_Andhra_Pradesh() {
        assertThat(states.modernize("ANDHRA PRADESH", "Guntur", true)).isEqualTo("Andhra Pradesh");
    }

    @Test
    void the_2024_file_saying_Andhra_Pradesh_is_trusted_even_for_a_Telangana_district() {
        assertThat(states.modernize("Andhra Pradesh", "Khammam", false)).isEqualTo("Andhra Pradesh");
    }

    @Test
    void Leh_and_Kargil_are_in_Ladakh_whichever_file_says_Jammu_and_Kashmir() {
        assertThat(states.modernize("JAMMU & KASHMIR", "Leh", true)).isEqualTo("Ladakh");
        assertThat(states.modernize("Jammu & Kashmir", "Kargil", false)).isEqualTo("Ladakh");
        assertThat(states.modernize("Jammu & Kashmir", "Srinagar", false)).isEqualTo("Jammu and Kashmir");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DADRA & NAGAR HAVELI      | Dadra and Nagar Haveli and Daman and Diu
            Daman & Diu               | Dadra and Nagar Haveli and Daman and Diu
            PONDICHERRY               | Puducherry
            Orissa                    | Odisha
            CHATTISGARH               | Chhattisgarh
            ANDAMAN & NICOBAR ISLANDS | Andaman and Nicobar Islands
            Andaman & Nicobar         | Andaman and Nicobar Islands
            TAMIL NADU                | Tamil Nadu
            WEST BENGAL               | West Bengal
            """)
    void old_and_capitalised_names_become_todays_title_case_names(String source, String today) {
        assertThat(states.modernize(source, "Any", true)).isEqualTo(today);
    }
}
