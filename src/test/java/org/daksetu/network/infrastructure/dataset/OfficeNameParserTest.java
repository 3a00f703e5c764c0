package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.daksetu.network.infrastructure.dataset.ParsedOfficeName.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeNameParserTest {

    private final OfficeNameParser parser = new OfficeNameParser();

    @ParameterizedTest(name = "{0} is {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ada B.O                       | Ada                      | BO
            Bhainsa S.O (Adilabad)        | Bhainsa (Adilabad)       | SO
            Agra H.O                      | Agra                     | HO
            New Delhi G.P.O.              | New Delhi                | HO
            Tandwa S.O (Aurangabad(BH))   | Tandwa (Aurangabad(BH))  | SO
            """)
    void a_regular_suffix_gives_the_tier_and_leaves_the_name(String raw, String name, Tier tier) {
        ParsedOfficeName parsed = parser.parse(raw);

        assertThat(parsed).isEqualTo(new ParsedOfficeName(name, tier, Evidence.SUFFIX, false));
    }

    @ParameterizedTest(name = "{0} is {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DheolaB.O                             | Dheola                         | BO
            Sector 27(Chandigarh)S.O              | Sector 27(Chandigarh)          | SO
            Hirehalli SO                          | Hirehalli                      | SO
            Krishnapuri S O                       | Krishnapuri                    | SO
            Vantmuri Colony Belgaum S. O          | Vantmuri Colony Belgaum        | SO
            Ahmedgarh s.O                         | Ahmedgarh                      | SO
            Nagpur GPO                            | Nagpur                         | HO
            Kochuramapuram EDB.O                  | Kochuramapuram                 | BO
            Garhi Sisana ED B.O                   | Garhi Sisana                   | BO
            Muwani GDS B.O                        | Muwani                         | BO
            Edanad B.O B.O                        | Edanad                         | BO
            Budge Budge S.O. (Hsg-ii) S.O         | Budge Budge (Hsg-ii)           | SO
            Naya Tola S.O (MuzaffarpB.O           | Naya Tola (Muzaffarp           | BO
            """)
    void an_irregular_suffix_still_gives_the_tier(String raw, String name, Tier tier) {
        ParsedOfficeName parsed = parser.parse(raw);

        assertThat(parsed.name()).isEqualTo(name);
        assertThat(parsed.tier()).isEqualTo(tier);
        assertThat(parsed.evidence()).isEqualTo(Evidence.IRREGULAR_SUFFIX);
    }

    @Test
    void irregular_suffix_NDTSO_is_a_sub_office() {
        ParsedOfficeName parsed = parser.parse("Puttaparthy Main Bazar NDTSO");

        assertThat(parsed).isEqualTo(new ParsedOfficeName("Puttaparthy Main Bazar ND", Tier.SO,
                Evidence.IRREGULAR_SUFFIX, true));
    }

    @Test
    void spaced_and_dotted_ND_T_S_O_is_a_non_delivery_sub_office() {
        assertThat(parser.parse("Upleta ND T.S.O"))
                .isEqualTo(new ParsedOfficeName("Upleta ND", Tier.SO, Evidence.IRREGULAR_SUFFIX, true));
        assertThat(parser.parse("Dhoraji G.P. ND.T.S.O").name()).isEqualTo("Dhoraji G.P. ND");
    }

    @Test
    void the_word_ND_before_a_suffix_marks_a_non_delivery_office_and_stays_in_the_name() {
        assertThat(parser.parse("Egmore ND S.O"))
                .isEqualTo(new ParsedOfficeName("Egmore ND", Tier.SO, Evidence.SUFFIX, true));
        assertThat(parser.parse("Musheerabad (ND) S.O").nonDelivery()).isTrue();
        assertThat(parser.parse("Palanpur Nd B.O").nonDelivery()).isTrue();
    }

    @Test
    void letters_N_D_inside_a_word_do_not_mark_non_delivery() {
        assertThat(parser.parse("N.D.Road Munger S.O").nonDelivery()).isFalse();
        assertThat(parser.parse("N.D.A. Khadakwasla S.O").nonDelivery()).isFalse();
        assertThat(parser.parse("Potso B.O")).isEqualTo(new ParsedOfficeName("Potso", Tier.BO, Evidence.SUFFIX, false));
    }

    @Test
    void a_village_named_7_GD_keeps_its_name() {
        assertThat(parser.parse("7 Gd B.O").name()).isEqualTo("7 Gd");
    }

    @Test
    void a_name_without_suffix_is_taken_as_a_sub_office() {
        assertThat(parser.parse("Kharmanchak"))
                .isEqualTo(new ParsedOfficeName("Kharmanchak", Tier.SO, Evidence.NO_SUFFIX, false));
        assertThat(parser.parse("SMU(Sikkim Manipal University)").name()).isEqualTo("SMU(Sikkim Manipal University)");
    }

    @Test
    void a_surplus_closing_parenthesis_is_dropped() {
        assertThat(parser.parse("Kalol S.O (Bilaspur (HP)))").name()).isEqualTo("Kalol (Bilaspur (HP))");
    }

    @Test
    void tabs_and_doubled_spaces_become_single_spaces() {
        assertThat(parser.parse("Ujjain  Gujrati\tSamaj S.O").name()).isEqualTo("Ujjain Gujrati Samaj");
    }
}
