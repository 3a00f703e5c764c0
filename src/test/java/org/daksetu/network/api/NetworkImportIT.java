package org.daksetu.network.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.NetworkImportResult;
import org.daksetu.network.application.NetworkSource;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.ServiceRestriction;
import org.daksetu.network.infrastructure.NetworkDataset;
import org.daksetu.shared.Progress;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NetworkImportIT {

    @Autowired
    NetworkDirectory network;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void importing_the_same_dataset_again_replaces_the_network_with_the_same_offices_and_records_a_version() {
        Map<Long, PostOffice> before = network.snapshot().offices().stream()
                .collect(Collectors.toMap(PostOffice::id, o -> o));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long versions = jdbc.sql("SELECT count(*) FROM network_version").query(Long.class).single();

        NetworkImportResult result = network.importFrom(NetworkDataset.bundled(), Progress.NONE);

        assertThat(result.offices()).isEqualTo(before.size());
        assertThat(jdbc.sql("SELECT count(*) FROM post_office").query(Long.class).single()).isEqualTo(before.size());
        assertThat(jdbc.sql("SELECT count(*) FROM network_version").query(Long.class).single()).isEqualTo(versions + 1);
        Map<Long, PostOffice> after = network.snapshot().offices().stream()
                .collect(Collectors.toMap(PostOffice::id, o -> o));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_dataset_that_breaks_midway_is_rolled_back_and_the_old_network_stays() {
        int offices = network.snapshot().officeCount();
        String version = network.snapshot().version();
        NetworkSource broken = new NetworkSource() {
            public String describe() {
                return "broken test dataset";
            }

            public String version() {
                return "broken";
            }

            public long expectedOffices() {
                return 2;
            }

            public InputStream openOffices() {
                String tsv = "header\n"
                        + "6820280001\tGood\tSO\t682028\t6820280001\t\t\t\t\t\t\t10.0\t76.3\tPLACE\n"
                        + "6820280002\tBad\tXX\t682028\t6820280001\t\t\t\t\t\t\t10.0\t76.3\tPLACE\n";
                return new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8));
            }

            public List<ServiceRestriction> restrictions() {
                return List.of();
            }

            public org.daksetu.network.application.TransmissionData transmission() {
                return org.daksetu.network.application.TransmissionData.none();
            }
        };
        assertThatThrownBy(() -> network.importFrom(broken, Progress.NONE)).hasMessageContaining("rolled back");
        assertThat(network.snapshot().officeCount()).isEqualTo(offices);
        assertThat(network.snapshot().version()).isEqualTo(version);
        assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM post_office").query(Long.class).single())
                .isEqualTo(offices);
    }

    /** The bundled dataset under another version (and, optionally, another name). */
    static NetworkSource bundledAs(String version, String describe) {
        NetworkDataset bundled = NetworkDataset.bundled();
        return new NetworkSource() {
            public String describe() {
                return describe;
            }

            public String version() {
                return version;
            }

            public long expectedOffices() {
                return bundled.expectedOffices();
            }

            public InputStream openOffices() throws java.io.IOException {
                return bundled.openOffices();
            }

            public List<ServiceRestriction> restrictions() {
                return bundled.restrictions();
            }

            public org.daksetu.network.application.TransmissionData transmission() {
                return bundled.transmission();
            }
        };
    }

    @Test
    void on_start_a_newer_version_of_the_same_dataset_is_imported_and_a_network_from_elsewhere_is_left_alone() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String bundledName = NetworkDataset.bundled().describe();
        try {
            network.ensureLoaded(bundledAs("next-release", bundledName), Progress.NONE);
            assertThat(network.snapshot().version()).isEqualTo("next-release");

            network.importFrom(bundledAs("planner-special", "/srv/planner/network"), Progress.NONE);
            long versions = jdbc.sql("SELECT count(*) FROM network_version").query(Long.class).single();
            network.ensureLoaded(NetworkDataset.bundled(), Progress.NONE);
            assertThat(network.snapshot().version()).isEqualTo("planner-special");
            assertThat(jdbc.sql("SELECT count(*) FROM network_version").query(Long.class).single()).isEqualTo(versions);
        } finally {
            network.importFrom(NetworkDataset.bundled(), Progress.NONE);
        }
    }

    @Test
    void the_import_endpoint_needs_an_admin_key() {
        Http http = new Http(port);
        assertThat(http.post("/api/v1/network/import", "").status()).isEqualTo(401);
        Http.Response r = http.withKey(IntegrationTest.ADMIN_KEY).post("/api/v1/network/import", "");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("offices").asInt()).isGreaterThan(150_000);
    }
}
