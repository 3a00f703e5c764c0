package org.daksetu.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A simulation's tracking cache: sized to the heap, and a size given to the JVM is not overridden. */
class SimulationOptionsTest {

    @Test
    void the_cache_grows_with_the_heap_within_bounds() {
        assertThat(SimulationOptions.cacheFor(512L << 20)).isEqualTo(50_000);
        assertThat(SimulationOptions.cacheFor(1L << 30)).isEqualTo(50_000);
        assertThat(SimulationOptions.cacheFor(6L << 30)).isEqualTo(300_000);
        assertThat(SimulationOptions.cacheFor(64L << 30)).isEqualTo(1_000_000);
    }

    @Test
    void a_size_given_to_the_jvm_wins() {
        String before = System.getProperty(SimulationOptions.CACHE);
        try {
            System.setProperty(SimulationOptions.CACHE, "777777");
            Map<String, Object> properties = new HashMap<>();
            SimulationOptions.quiet(properties);
            assertThat(properties).containsEntry(SimulationOptions.CACHE, "777777");
        } finally {
            if (before == null) {
                System.clearProperty(SimulationOptions.CACHE);
            } else {
                System.setProperty(SimulationOptions.CACHE, before);
            }
        }
    }
}
