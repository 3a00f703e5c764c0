package org.daksetu.review.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The review reads transit-day medians and 90th percentiles from day tallies (a histogram of
 * parcels by transit days) instead of the parcels themselves: it must give what percentile_disc
 * gives over the parcels' values, the value at position ceil(fraction x count) of the sorted values.
 */
class TransitPercentileProperties {

    @Property
    void theHistogramGivesThePercentileOfTheValues(@ForAll @Size(min = 1, max = 300) List<@IntRange(min = -2, max = 40) Integer> days,
                                                   @ForAll @IntRange(min = 1, max = 99) int percent) {
        double fraction = percent / 100.0;
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        days.forEach(d -> histogram.merge(d, 1L, Long::sum));
        List<JdbcReviewStore.Bin> bins = new ArrayList<>();
        histogram.forEach((d, n) -> bins.add(new JdbcReviewStore.Bin("q1", "", d, n)));
        List<Integer> sorted = days.stream().sorted().toList();
        int expected = sorted.get((int) Math.ceil(fraction * sorted.size()) - 1);
        assertThat(JdbcReviewStore.percentile(bins, days.size(), fraction)).isEqualTo(expected);
    }

    @Property
    void theMedianAndP90OfOneValueAreThatValue(@ForAll @IntRange(min = 0, max = 30) int days, @ForAll @IntRange(min = 1, max = 1000) int parcels) {
        List<JdbcReviewStore.Bin> bins = List.of(new JdbcReviewStore.Bin("m3", "zone:LOCAL", days, parcels));
        assertThat(JdbcReviewStore.percentile(bins, parcels, 0.5)).isEqualTo(days);
        assertThat(JdbcReviewStore.percentile(bins, parcels, 0.9)).isEqualTo(days);
    }
}
