package org.daksetu.review.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Review;

/**
 * The review as one self-contained page: headline figures, charts and a table per group, the action
 * items and the notes. Charts are drawn server-side as bars in HTML and CSS: nothing to load, so the
 * file works offline and the PDF renderer (which takes the same well-formed XHTML) draws the same.
 */
public final class ReviewHtml {

    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("volume", "Volume booked and delivered");
        GROUPS.put("pickup_points", "Pickup points");
        GROUPS.put("promise", "On time against the promise, transit days");
        GROUPS.put("last_mile", "Last mile: first attempt, non-delivery, return to origin");
        GROUPS.put("cod", "Cash on delivery");
        GROUPS.put("rural_reach", "Rural reach");
        GROUPS.put("capacity", "Capacity");
    }

    private ReviewHtml() {
    }

    public static String write(Review review, String generatedAt) {
        List<String> cols = review.columnLabels();
        StringBuilder h = new StringBuilder(64_000);
        String title = "DakSetu quarterly joint review " + review.quarter()
                + review.shipper().map(s -> " for shipper " + s).orElse(", all shippers");
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" /><title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"sub\">India Post and its e-commerce shippers, from the platform's own data. ")
                .append("Columns: the quarter, its three months and the previous quarter (").append(esc(cols.get(4)))
                .append("). Generated ").append(esc(generatedAt)).append(". Definitions: docs/REVIEW.md.</p>\n");
        headline(h, review, cols);
        charts(h, review, cols);
        for (var g : GROUPS.entrySet()) {
            List<Figure> figures = review.group(g.getKey());
            if (figures.isEmpty()) {
                continue;
            }
            h.append("<h2>").append(esc(g.getValue())).append("</h2>\n<table class=\"kpi\"><thead><tr><th>KPI</th><th>for</th><th>unit</th>");
            cols.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (Figure f : figures) {
                h.append("<tr><td>").append(esc(f.kpi().replace('_', ' '))).append("</td><td>").append(esc(f.dimension()))
                        .append("</td><td>").append(esc(f.unit().label())).append("</td>");
                for (int c = 0; c < cols.size(); c++) {
                    h.append("<td class=\"n\">").append(esc(grouped(f, c))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>Action items</h2>\n");
        if (review.actions().isEmpty()) {
            h.append("<p>No lane, hub or office had enough volume this quarter to rank.</p>\n");
        } else {
            h.append("<table class=\"kpi\"><thead><tr><th>what</th><th>which</th><th>measure</th><th>figure</th><th>parcels</th></tr></thead><tbody>\n");
            for (ActionItem a : review.actions()) {
                h.append("<tr><td>worst ").append(esc(a.kind())).append("</td><td>").append(esc(a.id() + " " + a.name()))
                        .append("</td><td>").append(esc(a.measure())).append("</td><td class=\"n\">")
                        .append(Figure.Unit.PERCENT.format(a.value())).append("</td><td class=\"n\">")
                        .append(String.format(Locale.ENGLISH, "%,d", a.volume())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (!review.notes().isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul>\n");
            review.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void headline(StringBuilder h, Review r, List<String> cols) {
        h.append("<table class=\"cards\"><tr>\n");
        card(h, r, "volume", "booked", "", "Parcels booked", cols);
        card(h, r, "volume", "delivered", "", "Delivered", cols);
        card(h, r, "promise", "on_time", "", "On time (%)", cols);
        card(h, r, "last_mile", "first_attempt_rate", "", "First attempt (%)", cols);
        card(h, r, "cod", "share", "", "COD share (%)", cols);
        card(h, r, "rural_reach", "pins_served", "", "PINs served", cols);
        h.append("</tr></table>\n");
    }

    private static void card(StringBuilder h, Review r, String group, String kpi, String dim, String label, List<String> cols) {
        Optional<Figure> f = r.figure(group, kpi, dim);
        h.append("<td><div class=\"big\">").append(esc(f.map(x -> grouped(x, Figure.QUARTER)).orElse("–")))
                .append("</div><div>").append(esc(label)).append("</div><div class=\"prev\">").append(esc(cols.get(4))).append(": ")
                .append(esc(f.map(x -> grouped(x, Figure.PREVIOUS)).filter(s -> !s.isEmpty()).orElse("–"))).append("</div></td>\n");
    }

    private static void charts(StringBuilder h, Review r, List<String> cols) {
        Optional<Figure> booked = r.figure("volume", "booked", "");
        Optional<Figure> delivered = r.figure("volume", "delivered", "");
        if (booked.isPresent() && delivered.isPresent()) {
            List<String> labels = List.of(cols.get(1), cols.get(2), cols.get(3));
            List<Double> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int c = 1; c <= 3; c++) {
                a.add(booked.get().values().get(c).orElse(null));
                b.add(delivered.get().values().get(c).orElse(null));
            }
            bars(h, "Parcels by month", labels, a, "booked", b, "delivered", Figure.Unit.PARCELS);
        }
        compare(h, r, "promise", "on_time", "zone:", "On time against the promise by zone (%)", cols);
        compare(h, r, "promise", "transit_days_median", "zone:", "Median transit days by zone", cols);
        compare(h, r, "promise", "on_time", "area:", "On time, rural and urban PINs (%)", cols);
        compareAll(h, r, "last_mile", "non_delivery_share", "Non-delivery by reason (% of failed attempts)", cols);
        compareAll(h, r, "pickup_points", "booked", "Parcels booked by pickup point", cols);
    }

    private static void compare(StringBuilder h, Review r, String group, String kpi, String prefix, String title, List<String> cols) {
        List<Figure> fs = r.group(group).stream().filter(f -> f.kpi().equals(kpi) && f.dimension().startsWith(prefix)).toList();
        chartOf(h, fs, prefix, title, cols);
    }

    private static void compareAll(StringBuilder h, Review r, String group, String kpi, String title, List<String> cols) {
        List<Figure> fs = r.group(group).stream().filter(f -> f.kpi().equals(kpi) && !f.dimension().isEmpty()).toList();
        chartOf(h, fs, "", title, cols);
    }

    private static void chartOf(StringBuilder h, List<Figure> fs, String prefix, String title, List<String> cols) {
        if (fs.isEmpty()) {
            return;
        }
        bars(h, title, fs.stream().map(f -> f.dimension().substring(prefix.length())).toList(),
                fs.stream().map(f -> f.quarter().orElse(null)).toList(), cols.get(0),
                fs.stream().map(f -> f.previousQuarter().orElse(null)).toList(), cols.get(4), fs.getFirst().unit());
    }

    /** A horizontal bar chart of two series, bars scaled to the largest value. */
    static void bars(StringBuilder h, String title, List<String> labels, List<Double> a, String aName, List<Double> b,
                     String bName, Figure.Unit unit) {
        double max = 0;
        for (List<Double> s : List.of(a, b)) {
            for (Double v : s) {
                max = v != null ? Math.max(max, v) : max;
            }
        }
        h.append("<div class=\"chart\"><h3>").append(esc(title)).append("</h3>\n<table class=\"bars\">\n");
        for (int i = 0; i < labels.size(); i++) {
            h.append("<tr><td class=\"label\">").append(esc(labels.get(i))).append("</td><td class=\"bar\">");
            bar(h, "b1", a.get(i), max, unit);
            bar(h, "b2", b.get(i), max, unit);
            h.append("</td></tr>\n");
        }
        h.append("</table><p class=\"legend\"><span class=\"k1\">&#160;&#160;&#160;</span> ").append(esc(aName))
                .append(" &#160; <span class=\"k2\">&#160;&#160;&#160;</span> ").append(esc(bName)).append("</p></div>\n");
    }

    private static void bar(StringBuilder h, String css, Double v, double max, Figure.Unit unit) {
        double width = v == null || max <= 0 ? 0 : Math.max(0.5, 85.0 * v / max);
        h.append("<div class=\"").append(css).append("\"><span class=\"fill\" style=\"width: ")
                .append(String.format(Locale.ROOT, "%.1f", width)).append("%\">&#160;</span> ")
                .append(v == null ? "–" : esc(unit.format(v))).append("</div>");
    }

    /** A value with thousands separators for reading (the CSV keeps plain numbers). */
    static String grouped(Figure f, int column) {
        return f.values().get(column).map(v -> switch (f.unit()) {
            case PARCELS, COUNT -> String.format(Locale.ENGLISH, "%,d", Math.round(v));
            case RUPEES -> String.format(Locale.ENGLISH, "%,.2f", v);
            default -> f.unit().format(v);
        }).orElse("");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static final String CSS = """
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #222; margin: 16px; }
            h1 { font-size: 18pt; color: #b3121d; margin-bottom: 2px; }
            h2 { font-size: 13pt; border-bottom: 2px solid #b3121d; margin-top: 22px; }
            h3 { font-size: 10.5pt; margin: 6px 0; }
            .sub { color: #555; }
            table.kpi { border-collapse: collapse; width: 100%; }
            table.kpi th, table.kpi td { border-bottom: 1px solid #ddd; padding: 2px 6px; text-align: left; }
            table.kpi th { background: #f3f3f3; }
            td.n { text-align: right; }
            table.cards { width: 100%; border-spacing: 8px; }
            table.cards td { border: 1px solid #ddd; padding: 8px; text-align: center; width: 16%; }
            .big { font-size: 17pt; font-weight: bold; color: #b3121d; }
            .prev { color: #666; font-size: 8.5pt; }
            .chart { display: inline-block; vertical-align: top; width: 46%; margin: 6px 1%; page-break-inside: avoid; }
            table.bars { width: 100%; border-collapse: collapse; }
            table.bars td.label { width: 28%; font-size: 8.5pt; padding-right: 4px; text-align: right; }
            table.bars td.bar { font-size: 8pt; }
            .b1, .b2 { white-space: nowrap; line-height: 1.2; }
            .fill { display: inline-block; height: 9px; }
            .b1 .fill, .k1 { background: #b3121d; }
            .b2 .fill, .k2 { background: #e8a33d; }
            .legend { font-size: 8pt; color: #555; }
            """;
}
