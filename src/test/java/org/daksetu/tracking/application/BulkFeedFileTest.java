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

    static ArticleRegistration registered(long codPaise) {
        return new ArticleRegistration(org.daksetu.tracking.domain.ArticleNumber.parse("EE123456785IN"), "SHP-1", "DEL-FC1",
                new org.daksetu.shared.Pin(682028), codPaise, java.time.OffsetDateTime.parse("2026-11-20T10:00+05:30"),
                ITINERARY, java.time.LocalDate.parse("2026-11-25"));
    }

    static final org.daksetu.network.domain.routing.Itinerary ITINERARY = new org.daksetu.network.domain.routing.Itinerary(
            List.of(new org.daksetu.network.domain.routing.Leg(org.daksetu.network.domain.routing.LegKind.PICKUP, "DEL-FC1",
                    "H-DEL", java.util.Optional.empty(), org.daksetu.network.domain.routing.TransportMode.ROAD,
                    java.time.OffsetDateTime.parse("2026-11-20T12:00+05:30"), java.time.OffsetDateTime.parse("2026-11-20T13:00+05:30"))));

    @Test
    void a_line_that_agrees_with_the_registration_has_no_mismatch_and_blank_fields_claim_nothing() {
        BulkFeedFile.Row row = BulkFeedFile.readRows(new StringReader(HEADER
                + "EE123456785IN,110037,682028,499.00,IB,,110037,2026-11-23,09:00,\n")).getFirst();
        assertThat(BulkFeedFile.mismatches(row, registered(49_900), List.of(new org.daksetu.shared.Pin(110037))))
                .isEmpty();
        BulkFeedFile.Row blank = BulkFeedFile.readRows(new StringReader(HEADER
                + "EE123456785IN,,,,IB,,110037,2026-11-23,09:00,\n")).getFirst();
        assertThat(BulkFeedFile.mismatches(blank, registered(49_900), List.of(new org.daksetu.shared.Pin(110037))))
                .isEmpty();
    }

    @Test
    void each_contradicted_field_is_named_with_both_values() {
        BulkFeedFile.Row row = BulkFeedFile.readRows(new StringReader(HEADER
                + "EE123456785IN,400001,560001,500,IB,,110037,2026-11-23,09:00,\n")).getFirst();
        assertThat(BulkFeedFile.mismatches(row, registered(49_900), List.of(new org.daksetu.shared.Pin(110037))))
                .containsExactly(
                        "booking_pin 400001 differs from the registration: 110037 (pickup point DEL-FC1)",
                        "destination_pin 560001 differs from the registration: 682028",
                        "cod_amount 500 differs from the registration: 499.00");
        BulkFeedFile.Row garbled = BulkFeedFile.readRows(new StringReader(HEADER
                + "EE123456785IN,110037,682028,4.999,IB,,110037,2026-11-23,09:00,\n")).getFirst();
        assertThat(BulkFeedFile.mismatches(garbled, registered(0), List.of()))
                .containsExactly("cod_amount '4.999' is not an amount in rupees (499 or 499.50); the registration says 0.00");
    }

    @net.jqwik.api.Property(tries = 200)
    void an_amount_in_rupees_matches_exactly_its_paise(@net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(max = 100_000_000) long paise) {
        String text = java.math.BigDecimal.valueOf(paise, 2).toPlainString();
        assertThat(BulkFeedFile.paise(text)).hasValue(paise);
        assertThat(BulkFeedFile.paise(Long.toString(paise))).hasValue(paise * 100);
        assertThat(BulkFeedFile.paise(text + "1")).isEmpty(); // a third decimal is not an amount
    }
}
