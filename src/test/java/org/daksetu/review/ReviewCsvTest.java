package org.daksetu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.daksetu.review.application.ReviewCsv;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Quarter;
import org.daksetu.review.domain.Review;
import org.junit.jupiter.api.Test;

class ReviewCsvTest {

    @Test
    void figures_are_written_one_a_row_with_empty_cells_for_nothing_to_measure_and_quoted_where_needed() {
        Review review = new Review(Quarter.parse("2026-Q3"), Optional.empty(), List.of(
                Figure.of("volume", "booked", "", Figure.Unit.PARCELS, 300.0, 100.0, 100.0, 100.0, 250.0),
                Figure.of("promise", "on_time", "circle:Delhi, NCR", Figure.Unit.PERCENT, 91.25, null, 90.0, 92.5, null),
                Figure.of("cod", "collected", "", Figure.Unit.RUPEES, 1234.5, 0.0, 0.0, 1234.5, 0.0)),
                List.of(new ActionItem("hub", "H2-1", "Some hub", "on time (%)", 40.0, 12)), List.of("a note"));
        assertThat(ReviewCsv.write(review)).isEqualTo("""
                group,kpi,dimension,unit,quarter,month1,month2,month3,previous_quarter
                volume,booked,,parcels,300,100,100,100,250
                promise,on_time,"circle:Delhi, NCR",%,91.3,,90.0,92.5,
                cod,collected,,INR,1234.50,0.00,0.00,1234.50,0.00
                action_items,worst_hub,H2-1 Some hub,on time (%),40.0,,,,
                """);
    }
}
