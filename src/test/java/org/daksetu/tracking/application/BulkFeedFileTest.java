package org.daksetu.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkFeedFileTest {

    static final String HEADER = "article,booking_pin,destination_pin,cod_amount,event_code,event_description,office_id,"
            + "event_date,event_time,non_delivery_reason\n";

    @Test
    void a_row_becomes_a_scan_at_IST_with_an_id_made_from_what_identifies_it() {
        List<IncomingScan> scans = BulkFeedFile.read(new StringReader(HEADER
                + "EE123456785IN,110037,682028,499,ITEM_NONDELIVER,\"Not delivered, door locked\",682028,23-11-2026,14:05,1\n"));
        IncomingScan s = scans.getFirst();
        assertThat(s.article()).isEqualTo("EE123456785IN");
        assertThat(s.code()).isEqualTo("ITEM_NONDELIVER");
        assertThat(s.office()).isEqualTo("682028");
        assertThat(s.occurredAt()).isEqualTo("2026-11-23T14:05+05:30");
        assertThat(s.reason()).isEqualTo("1");
        assertThat(s.eventId()).startsWith("F-").hasSize(26);
    }

    @Test
    void the_same_row_uploaded_twice_has_the_same_event_id_and_another_time_another() {
        String row = "EE123456785IN,110037,682028,0,IB,,110037,2026-11-23,09:00:00,\n";
        List<IncomingScan> twice = BulkFeedFile.read(new StringReader(HEADER + row + row
                + row.replace("09:00:00", "09:00:01")));
        assertThat(twice.get(0).eventId()).isEqualTo(twice.get(1).eventId()).isNotEqualTo(twice.get(2).eventId());
    }

    @Test
    void an_unreadable_date_is_passed_on_as_written_so_intake_quarantines_it_with_the_text() {
        IncomingScan s = BulkFeedFile.read(new StringReader(HEADER + "EE123456785IN,1,2,0,IB,,110037,32-13-2026,09:00,\n"))
                .getFirst();
        assertThat(s.occurredAt()).isEqualTo("32-13-2026 09:00");
    }

    @Test
    void a_file_without_a_needed_column_is_refused_naming_it() {
        assertThatThrownBy(() -> BulkFeedFile.read(new StringReader("article,event_code\n")))
                .hasMessageContaining("no column booking_pin");
    }
}
