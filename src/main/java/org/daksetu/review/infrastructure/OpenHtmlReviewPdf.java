package org.daksetu.review.infrastructure;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.daksetu.review.application.ReviewPdf;
import org.springframework.stereotype.Component;

/** The review's XHTML laid out as PDF pages by openhtmltopdf (PDFBox underneath, its built-in fonts). */
@Component
class OpenHtmlReviewPdf implements ReviewPdf {

    static {
        // openhtmltopdf logs every layout step at INFO on standard error; problems still surface as exceptions.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    @Override
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the review as PDF", e);
        }
        return out.toByteArray();
    }
}
