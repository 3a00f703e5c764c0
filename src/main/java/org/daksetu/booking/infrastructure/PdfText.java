package org.daksetu.booking.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.daksetu.booking.domain.BookingRules;

/** Text on a PDF page in a standard font: only what the font can encode, cut to the width it has. */
final class PdfText {

    private PdfText() {
    }

    /** Keeps what WinAnsi (the standard fonts' encoding) can print: ASCII and Latin-1; anything else becomes '?'. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(BookingRules.printableOnLabel(c) ? c : '?');
        }
        return out.toString();
    }

    static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, shortened with an ellipsis when it is wider than {@code maxWidth}. */
    static String fit(PDType1Font font, float size, String text, float maxWidth) {
        String t = printable(text);
        if (width(font, size, t) <= maxWidth) {
            return t;
        }
        while (!t.isEmpty() && width(font, size, t + "...") > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    static void show(PDPageContentStream page, PDType1Font font, float size, float x, float y, String text, float maxWidth) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(fit(font, size, text, maxWidth));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void showRight(PDPageContentStream page, PDType1Font font, float size, float right, float y, String text) {
        String t = printable(text);
        show(page, font, size, right - width(font, size, t), y, t, Float.MAX_VALUE);
    }
}
