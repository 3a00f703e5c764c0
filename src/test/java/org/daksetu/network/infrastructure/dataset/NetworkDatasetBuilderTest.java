package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkDatasetBuilderTest {

    private static final String AP = "ANDHRA PRADESH";

    @TempDir
    Path tempDir;

    /** A small network: two Hyderabad PINs, a Gujarat town with non-delivery offices, Leh. */
    private static RawFixture network() {
        return new RawFixture()
                .talukOffice("Hyderabad G.P.O.", 500001, "Hyderabad", AP)
                .talukOffice("Seetharampet S.O", 500001, "Hyderabad", AP)
                .talukOffice("Gunfoundry B.O", 500001, "Hyderabad", AP)
                .talukOffice("Hydershahkote S.O", 500008, "NA", "Hyderabad", AP)
                .talukOffice("Dhoraji D.G. ND T.S.O", 360410, "Rajkot", "GUJARAT")
                .talukOffice("Dhoraji S.O", 360410, "Rajkot", "GUJARAT")
                .talukOffice("Bhukhi B.O", 360410, "Rajkot", "GUJARAT")
                .talukOffice("Leh H.O", 194101, "Leh", "JAMMU & KASHMIR")
                .talukOffice("Choglamsar B.O", 194101, "Leh", "JAMMU & KASHMIR")
                .divisionOffice("Hyderabad GPO", 500001, "Andhra Pradesh", "Hyderabad City", "Hyderabad City",
                        "Hyderabad", "Telangana")
                .divisionOffice("Seetharampet", 500001, "Andhra Pradesh", "Hyderabad City", "Hyderabad South East",
                        "Hyderabad", "Telangana")
                .divisionOffice("Moazzampura", 500001, "Andhra Pradesh", "Hyderabad City", "Hyderabad South East",
                        "Hyderabad", "Telangana")
                .divisionOffice("Dhoraji", 360410, "Gujarat", "Rajkot", "Gondal", "Rajkot", "Gujarat")
                .divisionOffice("Dhoraji D.G.", 360410, "Gujarat", "Rajkot", "Gondal", "Rajkot", "Gujarat")
                .divisionOffice("Bhukhi", 360410, "Gujarat", "Rajkot", "Gondal", "Rajkot", "Gujarat")
                .divisionOffice("Leh", 194101, "Jammukashmir", "Srinagar HQ", "Srinagar", "Leh", "Jammu & Kashmir")
                .divisionOffice("Choglamsar", 194101, "Jammukashmir", "Srinagar HQ", "Srinagar", "Leh",
                        "Jammu & Kashmir")
                .place(500001, "Hyderabad GPO", 17.3900, 78.4800)
                .place(500001, "Seetharampet", 17.3600, 78.4700)
                .place(500001, "Moazzampura", 17.3800, 78.4600)
                .place(360410, "Dhoraji D.G.", 21.7400, 70.4500)
                .place(360410, "Dhoraji", 21.7300, 70.4400)
                .place(360410, "Bhukhi", 21.8000, 70.5000)
                .place(194101, "Leh", 0, 0)
                .place(194101, "Choglamsar", 34.1000, 77.6000)
                .place(194101, "Spituk", 41.0000, 77.5000);
    }

    @Test
    void a_PIN_with_a_head_office_and_a_sub_office_is_delivered_by_the_head_office() throws IOException {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        assertThat(built.office("Hyderabad").get("tier")).isEqualTo("HO");
        assertThat(List.of("Hyderabad", "Seetharampet", "Gunfoundry"))
                .allSatisfy(office -> assertThat(built.deliveryOfficeNameOf(office)).isEqualTo("Hyderabad"));
    }

    @Test
    void a_non_delivery_town_sub_office_does_not_deliver_for_its_PIN() throws IOException {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        assertThat(built.office("Dhoraji D.G. ND").get("tier")).isEqualTo("SO");
        assertThat(built.deliveryOfficeNameOf("Dhoraji D.G. ND")).isEqualTo("Dhoraji");
        assertThat(built.deliveryOfficeNameOf("Bhukhi")).isEqualTo("Dhoraji");
    }

    @Test
    void an_office_with_a_GeoNames_place_of_its_name_takes_that_place() throws IOException {
        Map<String, String> seetharampet = BuiltDataset.build(network(), tempDir).office("Seetharampet");

        assertThat(seetharampet).containsEntry("geo_match", "PLACE")
                .containsEntry("latitude", "17.36").containsEntry("longitude", "78.47");
    }

    @Test
    void an_office_without_a_GeoNames_place_takes_its_PIN_centroid() throws IOException {
        Map<String, String> gunfoundry = BuiltDataset.build(network(), tempDir).office("Gunfoundry");

        assertThat(gunfoundry.get("geo_match")).isEqualTo("PIN_CENTROID");
        assertThat(Double.parseDouble(gunfoundry.get("latitude"))).isCloseTo((17.39 + 17.36 + 17.38) / 3, within(1e-5));
        assertThat(Double.parseDouble(gunfoundry.get("longitude"))).isCloseTo((78.48 + 78.47 + 78.46) / 3, within(1e-5));
    }

    @Test
    void an_office_whose_PIN_is_missing_from_GeoNames_takes_the_centroid_of_its_sorting_district() throws IOException {
        Map<String, String> hydershahkote = BuiltDataset.build(network(), tempDir).office("Hydershahkote");

        assertThat(hydershahkote.get("geo_match")).isEqualTo("AREA_CENTROID");
        // The three located offices of sorting district 500: two places and one PIN centroid.
        double pinCentroid = (17.39 + 17.36 + 17.38) / 3;
        assertThat(Double.parseDouble(hydershahkote.get("latitude")))
                .isCloseTo((17.39 + 17.36 + pinCentroid) / 3, within(1e-5));
    }

    @Test
    void GeoNames_points_at_zero_zero_or_outside_India_are_ignored() throws IOException {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        assertThat(built.office("Leh")).containsEntry("geo_match", "PIN_CENTROID")
                .containsEntry("latitude", "34.1").containsEntry("longitude", "77.6");
        assertThat(built.report().sources().files().get(2).skipped()).isEqualTo(2);
    }

    @Test
    void an_office_with_nothing_to_locate_it_by_has_empty_coordinates_and_geo_match_NONE() throws IOException {
        BuiltDataset built = BuiltDataset.build(new RawFixture()
                .talukOffice("Kavaratti S.O", 682555, "Lakshadweep", "LAKSHADWEEP"), tempDir);

        assertThat(built.office("Kavaratti")).containsEntry("latitude", "").containsEntry("longitude", "")
                .containsEntry("geo_match", "NONE");
    }

    @Test
    void Andhra_Pradesh_office_in_Hyderabad_district_is_in_Telangana() throws IOException {
        // 500008 has no row in the 2024 file: the 2015 state and the district rule decide.
        Map<String, String> hydershahkote = BuiltDataset.build(network(), tempDir).office("Hydershahkote");

        assertThat(hydershahkote.get("state")).isEqualTo("Telangana");
    }

    @Test
    void an_office_in_Leh_is_in_Ladakh_although_both_files_say_Jammu_and_Kashmir() throws IOException {
        assertThat(BuiltDataset.build(network(), tempDir).office("Leh").get("state")).isEqualTo("Ladakh");
    }

    @Test
    void a_matched_office_takes_division_region_circle_and_state_from_its_2024_row() throws IOException {
        Map<String, String> seetharampet = BuiltDataset.build(network(), tempDir).office("Seetharampet");

        assertThat(seetharampet).containsEntry("division", "Hyderabad South East")
                .containsEntry("region", "Hyderabad City").containsEntry("circle", "Andhra Pradesh")
                .containsEntry("state", "Telangana").containsEntry("district", "Hyderabad");
    }

    @Test
    void an_office_without_a_2024_row_takes_the_most_common_hierarchy_of_its_PIN() throws IOException {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        assertThat(built.office("Gunfoundry")).containsEntry("division", "Hyderabad South East")
                .containsEntry("circle", "Andhra Pradesh");
        assertThat(built.report().divisionJoin().inferredFromPin()).isEqualTo(1);
    }

    @Test
    void an_office_whose_PIN_is_missing_from_the_2024_file_takes_the_hierarchy_of_its_sorting_district()
            throws IOException {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        assertThat(built.office("Hydershahkote")).containsEntry("region", "Hyderabad City");
        assertThat(built.report().divisionJoin().inferredFromSortingDistrict()).isEqualTo(1);
    }

    @Test
    void an_unknown_taluk_is_an_empty_field() throws IOException {
        assertThat(BuiltDataset.build(network(), tempDir).office("Hydershahkote").get("taluk")).isEmpty();
    }

    @Test
    void the_same_office_written_twice_is_one_office() throws IOException {
        BuiltDataset built = BuiltDataset.build(new RawFixture()
                .talukOffice("Khardi B.O", 425303, "Chopda", "Jalgaon", "MAHARASHTRA")
                .talukOffice("Khardi B.O", 425303, "NA", "Jalgaon", "MAHARASHTRA")
                .talukOffice("Chopda S.O", 425303, "Chopda", "Jalgaon", "MAHARASHTRA"), tempDir);

        assertThat(built.rows()).hasSize(2);
        assertThat(built.office("Khardi").get("taluk")).isEqualTo("Chopda");
        assertThat(built.report().sources().duplicatesMerged()).isEqualTo(1);
    }

    @Test
    void the_offices_file_has_the_documented_columns_and_rows_in_office_id_order() throws IOException {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        assertThat(built.header()).containsExactly("office_id", "name", "tier", "pin", "delivery_office_id", "taluk",
                "district", "state", "division", "region", "circle", "latitude", "longitude", "geo_match");
        List<Long> ids = built.rows().stream().map(r -> Long.parseLong(r.get("office_id"))).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id / 10000).isBetween(100000L, 999999L));
        assertThat(built.rows()).allSatisfy(r ->
                assertThat(Long.parseLong(r.get("office_id")) / 10000).isEqualTo(Long.parseLong(r.get("pin"))));
    }

    @Test
    void tabs_newlines_and_backslashes_in_the_sources_become_spaces() throws IOException {
        BuiltDataset built = BuiltDataset.build(new RawFixture()
                .talukOffice("Back\\slash\tTown S.O", 110001, "Line\nBreak", "New Delhi", "DELHI"), tempDir);

        assertThat(built.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("name")).isEqualTo("Back slash Town");
            assertThat(row.get("taluk")).isEqualTo("Line Break");
        });
    }

    @Test
    void same_input_gives_byte_identical_output() throws IOException {
        Path raw = network().writeTo(tempDir.resolve("raw"));
        new NetworkDatasetBuilder(line -> { }).build(raw, tempDir.resolve("first"));
        new NetworkDatasetBuilder(line -> { }).build(raw, tempDir.resolve("second"));

        for (String file : List.of(OfficesTsvWriter.FILE, DatasetPropertiesWriter.FILE)) {
            assertThat(tempDir.resolve("second").resolve(file))
                    .hasSameBinaryContentAs(tempDir.resolve("first").resolve(file));
        }
    }

    @Test
    void the_order_of_rows_in_the_raw_files_does_not_change_the_output_rows() throws IOException {
        RawFixture forwards = new RawFixture()
                .talukOffice("Alpha S.O", 600001, "Chennai", "TAMIL NADU")
                .talukOffice("Beta S.O", 600001, "Chennai", "TAMIL NADU")
                .talukOffice("Alpha B.O", 600001, "Chennai", "TAMIL NADU");
        RawFixture backwards = new RawFixture()
                .talukOffice("Alpha B.O", 600001, "Chennai", "TAMIL NADU")
                .talukOffice("Beta S.O", 600001, "Chennai", "TAMIL NADU")
                .talukOffice("Alpha S.O", 600001, "Chennai", "TAMIL NADU");

        BuiltDataset one = BuiltDataset.build(forwards, tempDir.resolve("one"));
        BuiltDataset two = BuiltDataset.build(backwards, tempDir.resolve("two"));

        assertThat(two.rows()).isEqualTo(one.rows());
        assertThat(two.report().version()).isEqualTo(one.report().version());
    }

    @Test
    void the_gzip_header_carries_no_timestamp() throws IOException {
        BuiltDataset.build(network(), tempDir);

        byte[] gzip = Files.readAllBytes(tempDir.resolve("out").resolve(OfficesTsvWriter.FILE));
        assertThat(new byte[] {gzip[4], gzip[5], gzip[6], gzip[7]}).containsOnly(0);
    }

    @Test
    void dataset_properties_name_the_version_the_counts_and_the_source_hashes() throws Exception {
        BuiltDataset built = BuiltDataset.build(network(), tempDir);

        String version = built.properties().getProperty("version");
        assertThat(version).matches("2026\\.1-[0-9a-f]{12}")
                .endsWith(built.properties().getProperty("rows.sha256").substring(0, 12));
        assertThat(built.properties()).containsEntry("offices.total", "9").containsEntry("offices.tier.HO", "2")
                .containsEntry("pins", "4").containsEntry("states", "3").containsEntry("geo.none", "0");
        byte[] raw = Files.readAllBytes(tempDir.resolve("raw").resolve(SourceReader.TALUK_FILE));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        assertThat(built.properties().getProperty("source.offices-taluk.json.gz.sha256")).isEqualTo(sha256);
        assertThat(built.properties().stringPropertyNames()).noneMatch(key -> key.contains("built"));
    }

    @Test
    void an_office_keeps_its_id_when_an_office_of_another_PIN_is_added() throws IOException {
        UnaryOperator<RawFixture> twoOffices = f -> f
                .talukOffice("Alpha S.O", 600001, "Chennai", "TAMIL NADU")
                .talukOffice("Beta B.O", 600001, "Chennai", "TAMIL NADU");

        BuiltDataset before = BuiltDataset.build(twoOffices.apply(new RawFixture()), tempDir.resolve("before"));
        BuiltDataset after = BuiltDataset.build(twoOffices.apply(new RawFixture())
                .talukOffice("Gamma S.O", 600002, "Chennai", "TAMIL NADU"), tempDir.resolve("after"));

        assertThat(after.office("Alpha").get("office_id")).isEqualTo(before.office("Alpha").get("office_id"));
        assertThat(after.office("Beta").get("office_id")).isEqualTo(before.office("Beta").get("office_id"));
    }

    @Test
    void the_report_prints_one_readable_line_per_topic() throws IOException {
        BuildReport report = BuiltDataset.build(network(), tempDir).report();

        assertThat(report.toString()).startsWith("Network dataset 2026.1-").contains("offices", "PLACE");
        assertThat(report.lines()).hasSizeGreaterThan(5);
    }
}
