package org.daksetu.booking.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.daksetu.booking.application.ManifestRenderer;
import org.daksetu.booking.domain.Manifest;
import org.daksetu.booking.domain.ManifestLine;
import org.daksetu.booking.domain.Service;
import org.springframework.stereotype.Component;

/**
 * The manifest as printed for the handover (A4, the parcels in a table, the totals both sides
 * check and sign for, the manifest number as Code 128 for the operator's scanner) and as CSV.
 */
@Component
class ManifestDocuments implements ManifestRenderer {

    private static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight(), M = 36;
    private static final int ROWS_PER_PAGE = 44;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");
    /** Column left edges and titles. */
    private static final float[] X = {M, M + 24, M + 112, M + 200, M + 222, M + 340, M + 382, M + 432, M + 476};
    private static final String[] TITLES = {"#", "Article number", "Order reference", "Svc", "Consignee", "PIN", "Weight kg",
            "COD Rs.", "Status"};

    @Override
    public byte[] pdf(Manifest m, List<String> missing) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            List<ManifestLine> lines = m.lines();
            int pages = Math.max(1, (lines.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    float y = header(c, m, regular, bold, p + 1, pages);
                    for (int i = 0; i < TITLES.length; i++) {
                        PdfText.show(c, bold, 7.5f, X[i], y, TITLES[i], 90);
                    }
                    y -= 4;
                    rule(c, y);
                    y -= 11;
                    for (int i = p * ROWS_PER_PAGE; i < Math.min(lines.size(), (p + 1) * ROWS_PER_PAGE); i++) {
                        row(c, regular, i + 1, lines.get(i), y);
                        y -= 13;
                    }
                    if (p == pages - 1) {
                        footer(c, m, missing, regular, bold, y - 6);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float header(PDPageContentStream c, Manifest m, PDType1Font regular, PDType1Font bold, int page, int pages)
            throws IOException {
        float y = H - M - 14;
        PdfText.show(c, bold, 16, M, y, "PICKUP MANIFEST  " + m.pickup().manifestNumber(), 360);
        PdfText.showRight(c, regular, 8, W - M, y + 4, "Page " + page + " of " + pages);
        Barcodes.drawCode128(c, m.pickup().manifestNumber(), W - M - 170, y - 34, 170, 26);
        y -= 18;
        PdfText.show(c, regular, 9, M, y, "Shipper: " + m.shipperName() + " (" + m.pickup().shipper() + ")", 330);
        PdfText.show(c, regular, 9, M, y - 12, "Pickup point: " + m.pickup().pickupPoint() + ", " + m.pickupPointName(), 330);
        PdfText.show(c, regular, 9, M, y - 24, m.pickupPointAddress(), 330);
        PdfText.show(c, regular, 9, M, y - 36, "Pickup date: " + m.pickup().date() + "    Status: " + m.pickup().status()
                + m.pickup().manifestedAt().map(t -> "    Closed " + TIME.format(t)).orElse("")
                + m.pickup().handedOverAt().map(t -> "    Handed over " + TIME.format(t)).orElse(""), W - 2 * M);
        y -= 52;
        PdfText.show(c, bold, 10, M, y, "Parcels " + m.parcels() + "    COD parcels " + m.codParcels() + "    Total weight "
                + kg(m.totalWeightGrams()) + " kg (chargeable " + kg(m.totalChargeableWeightGrams()) + " kg)    COD total Rs. "
                + m.codTotal().toRupeeString() + (m.cancelled() > 0 ? "    Cancelled " + m.cancelled() : ""), W - 2 * M);
        y -= 8;
        rule(c, y);
        return y - 12;
    }

    private static void row(PDPageContentStream c, PDType1Font f, int n, ManifestLine l, float y) {
        String[] cells = {Integer.toString(n), l.articleNumber().value(), l.orderReference(),
                l.service() == Service.SPEED_POST_PARCEL ? "SP" : "BP", l.consigneeName() + ", " + l.city(),
                l.pin().toString(), kg(l.weight().grams()), l.payment().isCod() ? l.payment().codAmount().toRupeeString() : "-",
                l.status().name()};
        for (int i = 0; i < cells.length; i++) {
            float width = (i + 1 < X.length ? X[i + 1] : W - M) - X[i] - 4;
            PdfText.show(c, f, 7.5f, X[i], y, cells[i], width);
        }
    }

    private static void footer(PDPageContentStream c, Manifest m, List<String> missing, PDType1Font regular, PDType1Font bold,
                               float y) throws IOException {
        rule(c, y);
        y -= 14;
        if (!missing.isEmpty()) {
            PdfText.show(c, bold, 8, M, y, "Not received at handover (back to waiting): " + String.join(", ", missing), W - 2 * M);
            y -= 14;
        }
        PdfText.show(c, regular, 8, M, y, "Handed over by the shipper: name, signature, date", 240);
        PdfText.show(c, regular, 8, W / 2 + 10, y, "Received for India Post: name, signature, date", 240);
        c.addRect(M, y - 50, W / 2 - M - 10, 40);
        c.addRect(W / 2 + 10, y - 50, W / 2 - M - 10, 40);
        c.stroke();
        float signatureY = y - 46;
        m.pickup().confirmedBy().ifPresent(by -> PdfText.show(c, regular, 7, W / 2 + 14, signatureY, "Confirmed in DakSetu by " + by, 240));
    }

    private static void rule(PDPageContentStream c, float y) throws IOException {
        c.setLineWidth(0.6f);
        c.moveTo(M, y);
        c.lineTo(W - M, y);
        c.stroke();
    }

    private static String kg(long grams) {
        return grams / 1000 + "." + String.format("%03d", grams % 1000);
    }

    @Override
    public String csv(Manifest m) {
        StringBuilder out = new StringBuilder(128 * (m.lines().size() + 2));
        out.append("manifest_number,article_number,order_reference,service,consignee_name,city,pin,weight_g,chargeable_weight_g,"
                + "payment_mode,cod_amount_paise,status\r\n");
        for (ManifestLine l : m.lines()) {
            out.append(m.pickup().manifestNumber()).append(',').append(l.articleNumber()).append(',').append(cell(l.orderReference()))
                    .append(',').append(l.service()).append(',').append(cell(l.consigneeName())).append(',').append(cell(l.city()))
                    .append(',').append(l.pin()).append(',').append(l.weight().grams()).append(',').append(l.chargeableWeight().grams())
                    .append(',').append(l.payment().mode()).append(',').append(l.payment().codAmount().paise()).append(',')
                    .append(l.status()).append("\r\n");
        }
        out.append(m.pickup().manifestNumber()).append(",TOTAL,").append(m.parcels()).append(" parcels,,,,,")
                .append(m.totalWeightGrams()).append(',').append(m.totalChargeableWeightGrams()).append(',')
                .append(m.codParcels()).append(" COD,").append(m.codTotal().paise()).append(',').append("\r\n");
        return out.toString();
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
