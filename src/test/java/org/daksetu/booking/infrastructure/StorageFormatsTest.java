package org.daksetu.booking.infrastructure;

import org.daksetu.platform.db.CopyText;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.TransportMode;
import org.junit.jupiter.api.Test;

/** The hand-written formats of the bulk path: COPY text rows and the itinerary's JSON. */
class StorageFormatsTest {

    @Test
    void an_itinerary_written_as_JSON_reads_back_the_same() {
        OffsetDateTime t = OffsetDateTime.parse("2026-11-21T18:00:00+05:30");
        Itinerary itinerary = new Itinerary(List.of(
                new Leg(LegKind.PICKUP, "DEL-FC1", "L1-\"DEL\"", Optional.empty(), TransportMode.ROAD, t, t.plusHours(2)),
                new Leg(LegKind.TRANSMISSION, "L1-\"DEL\"", "L1-COK", Optional.of("LANE\\7"), TransportMode.AIR, t.plusHours(4), t.plusHours(9)),
                new Leg(LegKind.DELIVERY, "L1-COK", "1234567", Optional.empty(), TransportMode.BEAT, t.plusHours(20), t.plusHours(26))));
        String json = ItineraryJson.write(itinerary);
        assertThat(json).startsWith("[{\"kind\":\"PICKUP\"");
        assertThat(ItineraryJson.read(json)).isEqualTo(itinerary);
    }

    @Test
    void COPY_text_escapes_tabs_line_breaks_and_backslashes_and_writes_null_and_bytes() {
        CopyText text = new CopyText(64);
        text.row(new Object[] {"a\tb\nc\\d", null, 42, true, new byte[] {1, (byte) 0xAB}});
        assertThat(text.drain()).isEqualTo("a\\tb\\nc\\\\d\t\\N\t42\tt\t\\\\x01ab\n");
    }
}
