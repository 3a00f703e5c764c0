package org.daksetu.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseSettingsTest {

    @Test
    void givenSettingsOverrideTheDefaultsAndTheServerStaysOnLoopback() {
        Map<String, String> given = EmbeddedDatabase.parseSettings(" shared_buffers=2GB , max_wal_size=16GB,listen_addresses=*");
        Map<String, String> settings = EmbeddedDatabase.settings(given);
        assertThat(settings).containsEntry("shared_buffers", "2GB").containsEntry("max_wal_size", "16GB")
                .containsEntry("synchronous_commit", "on").containsEntry("listen_addresses", "127.0.0.1");
    }

    @Test
    void noSettingsLeaveTheDefaults() {
        assertThat(EmbeddedDatabase.parseSettings("")).isEmpty();
        assertThat(EmbeddedDatabase.parseSettings(null)).isEmpty();
        assertThat(EmbeddedDatabase.settings(Map.of())).containsEntry("shared_buffers", "256MB").containsEntry("full_page_writes", "off")
                .containsEntry("random_page_cost", "1.1");
    }

    @Test
    void aMalformedPairIsRefusedByName() {
        assertThatThrownBy(() -> EmbeddedDatabase.parseSettings("shared_buffers=2GB,work_mem"))
                .hasMessageContaining("'work_mem'");
        assertThatThrownBy(() -> EmbeddedDatabase.parseSettings("Shared-Buffers=1GB")).hasMessageContaining("Shared-Buffers=1GB");
        assertThatThrownBy(() -> EmbeddedDatabase.parseSettings("shared_buffers=")).hasMessageContaining("shared_buffers=");
    }
}
