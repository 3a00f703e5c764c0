package org.daksetu.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written reading of scan times agrees with {@link OffsetDateTime#parse} on every text, valid or not. */
class ScanTimesProperties {

    @Provide
    Arbitrary<String> isoTimes() {
        Arbitrary<OffsetDateTime> times = Combinators.combine(
                Arbitraries.longs().between(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999).edgeCases(c -> c.add(0)),
                Arbitraries.integers().between(-18 * 4, 18 * 4))
                .as((seconds, nanos, quarterHours) -> Instant.ofEpochSecond(seconds, nanos)
                        .atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900)));
        Arbitrary<DateTimeFormatter> shapes = Arbitraries.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"),
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX"));
        return Combinators.combine(times, shapes).as((t, f) -> t.format(f));
    }

    @Property(tries = 3_000)
    void valid_times_read_as_the_standard_parser_reads_them(@ForAll("isoTimes") String text) {
        assertThat(ScanTimes.fast(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @Provide
    Arbitrary<String> mangled() {
        return isoTimes().flatMap(t -> Arbitraries.integers().between(0, t.length() - 1).flatMap(at ->
                Arbitraries.of('0', '9', '3', ':', '-', '+', 'Z', 'T', '.', ' ', 'x').map(c ->
                        t.substring(0, at) + c + t.substring(at + 1))));
    }

    @Property(tries = 5_000)
    void any_other_text_is_accepted_or_refused_as_the_standard_parser_does(@ForAll("mangled") String text) {
        Instant standard;
        try {
            standard = OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            standard = null;
        }
        Instant fast = ScanTimes.fast(text);
        if (fast != null) {
            assertThat(fast).isEqualTo(standard);
        }
        if (standard == null) {
            assertThat(fast).isNull();
        }
    }

    @Example
    void impossible_dates_and_hours_are_left_to_the_standard_parser() {
        assertThat(ScanTimes.fast("2026-04-31T10:00+05:30")).isNull();
        assertThat(ScanTimes.fast("2026-02-29T10:00+05:30")).isNull();
        assertThat(ScanTimes.fast("2026-11-23T24:00+05:30")).isNull();
        assertThat(ScanTimes.fast("2026-11-23T10:00+19:00")).isNull();
        assertThat(ScanTimes.fast("2026-11-23T10:00")).isNull();
        assertThat(ScanTimes.fast("2026-11-23T10:15:00.5Z")).isEqualTo(Instant.parse("2026-11-23T10:15:00.500Z"));
    }
}
