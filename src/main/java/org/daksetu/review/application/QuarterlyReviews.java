package org.daksetu.review.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Figure.Unit;
import org.daksetu.review.domain.Quarter;
import org.daksetu.review.domain.Review;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.springframework.stereotype.Service;

/**
 * Puts the quarterly review together from the tallies of the read side: counts as they are, rates
 * as ratios of counts of the same period, growth against the period before. docs/REVIEW.md defines
 * every figure; the group and KPI names here are the ones the CSV and the API carry.
 */
@Service
public class QuarterlyReviews {

    /** The periods behind the five columns: the quarter, its months, the previous quarter. */
    static final List<String> PERIODS = List.of("q1", "m3", "m4", "m5", "q0");
    /** The period each column compares with for growth: the quarter before, the month before. */
    static final List<String> BEFORE = List.of("q0", "m2", "m3", "m4", "");

    private final ReviewStore store;
    private final List<ReviewSection> sections;
    private final ReviewDays days;

    public QuarterlyReviews(ReviewStore store, List<ReviewSection> sections, ReviewDays days) {
        this.store = store;
        this.sections = sections;
        this.days = days;
    }

    public Review review(Quarter quarter, Optional<String> shipper) {
        // The days of the two quarters that are not closed yet (or changed since) are closed first.
        days.closeThrough(quarter.end());
        ReviewStore.Tallies tallies = store.load(quarter, shipper);
        Values v = new Values(tallies.tallies());
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        figures.add(v.count("volume", "booked", "", "booked", Unit.PARCELS));
        figures.add(v.count("volume", "delivered", "", "delivered", Unit.PARCELS));
        figures.add(v.growth("volume", "booked_growth", "booked"));
        figures.add(v.growth("volume", "delivered_growth", "delivered"));
        figures.add(v.count("volume", "returned_to_origin", "", "rto", Unit.PARCELS));

        figures.add(v.count("pickup_points", "active", "", "pickup_points_active", Unit.COUNT));
        for (String point : v.dimensions("booked_at_point")) {
            figures.add(v.count("pickup_points", "booked", point, "booked_at_point", Unit.PARCELS));
        }

        figures.add(v.ratio("promise", "on_time", "", "on_time", "delivered"));
        figures.add(v.count("promise", "transit_days_median", "", "transit_median", Unit.DAYS));
        figures.add(v.count("promise", "transit_days_p90", "", "transit_p90", Unit.DAYS));
        for (String prefix : List.of("zone:", "area:", "circle:")) {
            for (String dim : v.dimensions("delivered", prefix)) {
                figures.add(v.count("promise", "delivered", dim, "delivered", Unit.PARCELS));
                figures.add(v.ratio("promise", "on_time", dim, "on_time", "delivered"));
                figures.add(v.count("promise", "transit_days_median", dim, "transit_median", Unit.DAYS));
                figures.add(v.count("promise", "transit_days_p90", dim, "transit_p90", Unit.DAYS));
            }
        }

        figures.add(v.count("last_mile", "first_attempts", "", "first_attempts", Unit.PARCELS));
        figures.add(v.ratio("last_mile", "first_attempt_rate", "", "first_attempt_ok", "first_attempts"));
        figures.add(v.ratio("last_mile", "rto_rate", "", "rto", "first_attempts"));
        for (String reason : v.dimensions("non_delivery")) {
            String label = reason + " " + NonDeliveryReason.of(reason).description();
            figures.add(v.count("last_mile", "non_delivery", reason, "non_delivery", Unit.COUNT).relabel(label));
            figures.add(v.shareOfAll("last_mile", "non_delivery_share", reason, "non_delivery").relabel(label));
        }

        figures.add(v.ratio("cod", "share", "", "booked_cod", "booked"));
        figures.add(v.count("cod", "value_booked", "", "cod_value_booked", Unit.RUPEES));
        figures.add(v.count("cod", "delivered", "", "delivered_cod", Unit.PARCELS));
        figures.add(v.count("cod", "delivered_value", "", "cod_collected", Unit.RUPEES));

        figures.add(v.count("rural_reach", "pins_served", "", "pins_served", Unit.COUNT));
        figures.add(v.count("rural_reach", "districts_served", "", "districts_served", Unit.COUNT));
        figures.add(v.ratio("rural_reach", "rural_share", "", "delivered_rural", "delivered"));
        figures.add(v.ratio("rural_reach", "branch_office_share", "", "delivered_branch", "delivered"));
        figures.add(v.count("rural_reach", "new_pins", "", "new_pins", Unit.COUNT));

        List<org.daksetu.review.domain.ActionItem> actions = new ArrayList<>(tallies.actions());
        for (ReviewSection section : sections) {
            ReviewSection.Part part = section.part(quarter, shipper);
            figures.addAll(part.figures());
            actions.addAll(part.actions());
            notes.addAll(part.notes());
        }
        if (sections.stream().noneMatch(s -> s.covers("cod"))) {
            notes.add("COD collected, remitted, outstanding, remittance turnaround and open discrepancies come from the cod "
                    + "context, which this build does not have; 'delivered_value' is the COD amount of the parcels delivered.");
        }
        if (sections.stream().noneMatch(s -> s.covers("capacity"))) {
            notes.add("Capacity (lane utilisation, shared capacity offered and used, overflow delay) comes from the capacity "
                    + "context, which this build does not have.");
        }
        return new Review(quarter, shipper, figures, actions, notes);
    }

    /** The tallies by metric, dimension and period. */
    static final class Values {
        private final Map<String, Double> values = new HashMap<>();
        private final Map<String, TreeSet<String>> dims = new HashMap<>();

        Values(List<ReviewStore.Tally> tallies) {
            for (ReviewStore.Tally t : tallies) {
                values.put(key(t.metric(), t.dimension(), t.period()), t.value());
                dims.computeIfAbsent(t.metric(), m -> new TreeSet<>()).add(t.dimension());
            }
        }

        private static String key(String metric, String dim, String period) {
            return metric + "\u0000" + dim + "\u0000" + period;
        }

        Double get(String metric, String dim, String period) {
            return values.get(key(metric, dim, period));
        }

        List<String> dimensions(String metric) {
            return dims.getOrDefault(metric, new TreeSet<>()).stream().filter(d -> !d.isEmpty()).toList();
        }

        List<String> dimensions(String metric, String prefix) {
            return dimensions(metric).stream().filter(d -> d.startsWith(prefix)).toList();
        }

        Figure count(String group, String kpi, String dim, String metric, Unit unit) {
            boolean countable = unit == Unit.PARCELS || unit == Unit.COUNT || unit == Unit.RUPEES;
            return figure(group, kpi, dim, unit, (period, before) -> {
                Double x = get(metric, dim, period);
                return x == null && countable ? Double.valueOf(0) : x;
            });
        }

        Figure ratio(String group, String kpi, String dim, String part, String whole) {
            return figure(group, kpi, dim, Unit.PERCENT, (period, before) -> {
                Double w = get(whole, dim, period);
                if (w == null || w == 0) {
                    return null;
                }
                Double p = get(part, dim, period);
                return 100.0 * (p == null ? 0 : p) / w;
            });
        }

        Figure shareOfAll(String group, String kpi, String dim, String metric) {
            return figure(group, kpi, dim, Unit.PERCENT, (period, before) -> {
                double all = 0;
                for (String d : dimensions(metric)) {
                    Double x = get(metric, d, period);
                    all += x == null ? 0 : x;
                }
                Double x = get(metric, dim, period);
                return all == 0 ? null : 100.0 * (x == null ? 0 : x) / all;
            });
        }

        Figure growth(String group, String kpi, String metric) {
            return figure(group, kpi, "", Unit.PERCENT, (period, before) -> {
                Double now = get(metric, "", period);
                Double then = before.isEmpty() ? null : get(metric, "", before);
                if (then == null || then == 0) {
                    return null;
                }
                return 100.0 * ((now == null ? 0 : now) / then - 1);
            });
        }

        private static Figure figure(String group, String kpi, String dim, Unit unit, BiFunction<String, String, Double> value) {
            List<Optional<Double>> out = new ArrayList<>(5);
            for (int c = 0; c < PERIODS.size(); c++) {
                out.add(Optional.ofNullable(value.apply(PERIODS.get(c), BEFORE.get(c))));
            }
            return new Figure(group, kpi, dim, unit, out);
        }
    }
}
