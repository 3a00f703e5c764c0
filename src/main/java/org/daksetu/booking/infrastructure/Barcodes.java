package org.daksetu.booking.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Code 128 and QR codes drawn as vector rectangles: crisp at any printer resolution and cheaper
 * than embedding images. ZXing encodes; PDFBox draws one rectangle per run of dark modules.
 */
final class Barcodes {

    private Barcodes() {
    }

    /** The bars of a Code 128 symbol without quiet zones: true for a dark module. */
    static boolean[] code128(String text) {
        return new Code128Writer().encode(text);
    }

    static ByteMatrix qr(String text) {
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Draws a Code 128 symbol with its bottom-left corner at (x, y), {@code width} wide and {@code height} tall. */
    static void drawCode128(PDPageContentStream page, String text, float x, float y, float width, float height) {
        boolean[] modules = code128(text);
        float module = width / modules.length;
        try {
            for (int i = 0; i < modules.length; ) {
                if (!modules[i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < modules.length && modules[i]) {
                    i++;
                }
                page.addRect(x + start * module, y, (i - start) * module, height);
            }
            page.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a QR code (no quiet zone) with its bottom-left corner at (x, y), {@code size} wide and tall. */
    static void drawQr(PDPageContentStream page, String text, float x, float y, float size) {
        ByteMatrix m = qr(text);
        float module = size / m.getWidth();
        try {
            for (int row = 0; row < m.getHeight(); row++) {
                float top = y + size - (row + 1) * module;
                for (int col = 0; col < m.getWidth(); ) {
                    if (m.get(col, row) != 1) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row) == 1) {
                        col++;
                    }
                    page.addRect(x + start * module, top, (col - start) * module, module);
                }
            }
            page.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
