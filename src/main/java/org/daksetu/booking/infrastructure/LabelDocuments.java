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
import org.daksetu.booking.application.LabelRenderer;
import org.daksetu.booking.domain.LabelContent;
import org.springframework.stereotype.Component;

/**
 * Shipping labels, 4×6 inches (288×432 points; 812×1218 dots at 203 dpi for ZPL). From the top:
 * service and booking date; the sort code (destination hub, delivery office) beside the QR code;
 * the article number as Code 128 with its text; COD or PREPAID in a box that cannot be missed;
 * the consignee with a large PIN; the sender; weights, size, EDD and order reference.
 */
@Component
public class LabelDocuments implements LabelRenderer {

    static final float WIDTH = 288, HEIGHT = 432, MARGIN = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy");

    @Override
    public byte[] pdf(List<LabelContent> labels) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (LabelContent label : labels) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    draw(c, label, regular, bold);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8_192 * labels.size());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream c, LabelContent l, PDType1Font regular, PDType1Font bold) throws IOException {
        float inner = WIDTH - 2 * MARGIN;
        float y = HEIGHT - MARGIN - 13;
        PdfText.show(c, bold, 13, MARGIN, y, l.serviceLabel().toUpperCase(), 170);
        PdfText.showRight(c, regular, 7, WIDTH - MARGIN, y + 5, "India Post via DakSetu");
        PdfText.showRight(c, regular, 7, WIDTH - MARGIN, y - 3, "Booked " + DAY.format(l.bookedOn()));
        y -= 8;
        line(c, y);

        // Sort code beside the QR code: what the sorter at the hub reads first.
        float qr = 74;
        float qrTop = y - 4;
        Barcodes.drawQr(c, l.qrPayload(), WIDTH - MARGIN - qr, qrTop - qr, qr);
        PdfText.show(c, regular, 7, MARGIN, y - 11, "SORT CODE  (destination hub / delivery office)", inner - qr - 6);
        PdfText.show(c, bold, 20, MARGIN, y - 33, l.sortHub(), inner - qr - 6);
        PdfText.show(c, bold, 9, MARGIN, y - 47, l.sortOffice(), inner - qr - 6);
        PdfText.show(c, regular, 8, MARGIN, y - 61, "EDD " + DAY.format(l.edd()) + (l.otpDelivery() ? "   OTP DELIVERY" : ""),
                inner - qr - 6);
        y = qrTop - qr - 6;
        line(c, y);

        // The article number, as bars and as text.
        float barHeight = 52;
        Barcodes.drawCode128(c, l.articleNumber().value(), MARGIN + 12, y - 6 - barHeight, inner - 24, barHeight);
        String spaced = spaced(l.articleNumber().value());
        float textWidth = PdfText.width(bold, 14, spaced);
        PdfText.show(c, bold, 14, (WIDTH - textWidth) / 2, y - barHeight - 22, spaced, inner);
        y = y - barHeight - 30;

        // COD or prepaid: the one thing the postman must not get wrong.
        float box = 30;
        if (l.cod()) {
            c.addRect(MARGIN, y - box, inner, box);
            c.fill();
            c.setNonStrokingColor(1f, 1f, 1f);
            PdfText.show(c, bold, 20, MARGIN + 8, y - box + 9, "COD  Rs. " + l.codAmount().toRupeeString(), inner - 16);
            c.setNonStrokingColor(0f, 0f, 0f);
        } else {
            c.setLineWidth(2f);
            c.addRect(MARGIN + 1, y - box + 1, inner - 2, box - 2);
            c.stroke();
            PdfText.show(c, bold, 14, MARGIN + 8, y - box + 10, "PREPAID - DO NOT COLLECT CASH", inner - 16);
        }
        y -= box + 12;

        PdfText.show(c, regular, 7, MARGIN, y, "TO", inner);
        PdfText.show(c, bold, 12, MARGIN, y - 13, l.consigneeName(), inner);
        float ly = y - 25;
        for (String addressLine : l.consigneeAddress().subList(0, l.consigneeAddress().size() - 1)) {
            PdfText.show(c, regular, 9, MARGIN, ly, addressLine, inner);
            ly -= 11;
        }
        PdfText.show(c, regular, 9, MARGIN, ly, l.consigneeAddress().getLast(), inner - 90);
        PdfText.showRight(c, bold, 18, WIDTH - MARGIN, ly - 2, "PIN " + l.destinationPin());
        PdfText.show(c, regular, 9, MARGIN, ly - 12, "Phone " + l.consigneePhone(), inner);
        y = ly - 20;
        line(c, y);

        PdfText.show(c, regular, 7, MARGIN, y - 9, "FROM (return address)", inner);
        float fy = y - 19;
        for (String senderLine : l.sender()) {
            PdfText.show(c, senderLine.equals(l.sender().getFirst()) ? bold : regular, 8, MARGIN, fy, senderLine, inner);
            fy -= 9;
        }
        y = fy - 2;
        line(c, y);

        PdfText.show(c, regular, 8, MARGIN, y - 10, "Weight " + l.weight() + "   Charged " + l.chargeableWeight(), inner);
        PdfText.show(c, regular, 8, MARGIN, y - 20, "Size " + l.dimensions() + "   Order " + l.orderReference(), inner);
    }

    private static void line(PDPageContentStream c, float y) throws IOException {
        c.setLineWidth(0.8f);
        c.moveTo(MARGIN, y);
        c.lineTo(WIDTH - MARGIN, y);
        c.stroke();
    }

    /** EK123456785IN as "EK 1234 5678 5 IN", the way postal staff read it out. */
    static String spaced(String number) {
        return number.substring(0, 2) + " " + number.substring(2, 6) + " " + number.substring(6, 10) + " "
                + number.charAt(10) + " " + number.substring(11);
    }

    @Override
    public String zpl(List<LabelContent> labels) {
        StringBuilder z = new StringBuilder(1_500 * labels.size());
        for (LabelContent l : labels) {
            z.append("^XA\n^CI28\n^PW812\n^LL1218\n^LH0,0\n");
            field(z, 28, 24, 44, l.serviceLabel().toUpperCase());
            field(z, 560, 30, 24, "Booked " + DAY.format(l.bookedOn()));
            z.append("^FO28,84^GB756,3,3^FS\n");
            field(z, 28, 100, 22, "SORT CODE (destination hub / delivery office)");
            field(z, 28, 130, 64, l.sortHub());
            field(z, 28, 200, 28, l.sortOffice());
            field(z, 28, 236, 26, "EDD " + DAY.format(l.edd()) + (l.otpDelivery() ? "   OTP DELIVERY" : ""));
            z.append("^FO590,96^BQN,2,6^FH\\^FDMA,").append(escape(l.qrPayload())).append("^FS\n");
            z.append("^FO28,300^GB756,3,3^FS\n");
            z.append("^FO60,320^BY3,3,150^BCN,150,N,N,N,A^FD").append(l.articleNumber().value()).append("^FS\n");
            field(z, 170, 480, 48, spaced(l.articleNumber().value()));
            if (l.cod()) {
                z.append("^FO28,540^GB756,90,90^FS\n");
                z.append("^FO44,558^A0N,64,64^FR^FH\\^FD").append(escape("COD  Rs. " + l.codAmount().toRupeeString())).append("^FS\n");
            } else {
                z.append("^FO28,540^GB756,90,6^FS\n");
                field(z, 44, 566, 44, "PREPAID - DO NOT COLLECT CASH");
            }
            field(z, 28, 650, 22, "TO");
            field(z, 28, 676, 40, l.consigneeName());
            int y = 722;
            for (String line : l.consigneeAddress()) {
                field(z, 28, y, 30, line);
                y += 34;
            }
            field(z, 500, y, 52, "PIN " + l.destinationPin());
            field(z, 28, y + 8, 28, "Phone " + l.consigneePhone());
            y += 64;
            z.append("^FO28,").append(y).append("^GB756,3,3^FS\n");
            field(z, 28, y + 12, 22, "FROM (return address)");
            y += 40;
            for (String line : l.sender()) {
                field(z, 28, y, 26, line);
                y += 30;
            }
            z.append("^FO28,").append(y + 4).append("^GB756,3,3^FS\n");
            field(z, 28, y + 18, 26, "Weight " + l.weight() + "   Charged " + l.chargeableWeight());
            field(z, 28, y + 50, 26, "Size " + l.dimensions() + "   Order " + l.orderReference());
            z.append("^XZ\n");
        }
        return z.toString();
    }

    private static void field(StringBuilder z, int x, int y, int height, String text) {
        z.append("^FO").append(x).append(',').append(y).append("^A0N,").append(height).append(',').append(height)
                .append("^FH\\^FD").append(escape(text)).append("^FS\n");
    }

    /** ZPL field data with ^FH\: the control characters ^ and ~ and the escape character itself as hex. */
    static String escape(String text) {
        return text.replace("\\", "\\5C").replace("^", "\\5E").replace("~", "\\7E");
    }
}
