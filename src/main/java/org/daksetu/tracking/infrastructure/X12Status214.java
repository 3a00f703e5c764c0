package org.daksetu.tracking.infrastructure;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.tracking.application.FeedEntry;
import org.daksetu.tracking.application.StatusDocuments;
import org.daksetu.tracking.domain.ShipperVocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes X12 214 carrier shipment status messages with StAEDI. Per article: B10 (reference,
 * shipment id, SCAC), L11 with the S10 number as tracking number (2I); per change an LX loop with
 * AT7 (status, reason, date, time in local time) and K1 naming the India Post office and event.
 */
@Component
class X12Status214 implements StatusDocuments {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd"),
            CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd"), HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final String senderId;
    private final String scac;

    X12Status214(@Value("${daksetu.x12.sender-id:DAKSETU}") String senderId,
                 @Value("${daksetu.x12.scac:INPT}") String scac) {
        this.senderId = senderId;
        this.scac = scac;
    }

    @Override
    public String x12(List<FeedEntry> entries, String receiverId, long controlNumber, Instant createdAt) {
        var at = createdAt.atZone(RoutingRules.IST);
        String control = String.format("%09d", controlNumber % 1_000_000_000L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        try (EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name())) {
            w.startInterchange();
            segment(w, "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(senderId, 15), "ZZ",
                    pad(receiverId, 15), at.format(YYMMDD), at.format(HHMM), "U", "00401", control, "0", "P", ">");
            segment(w, "GS", "QM", senderId, receiverId, at.format(CCYYMMDD), at.format(HHMM),
                    Long.toString(controlNumber % 1_000_000_000L), "X", "004010");
            List<List<FeedEntry>> perArticle = new ArrayList<>();
            for (FeedEntry e : entries) {
                if (perArticle.isEmpty() || !perArticle.getLast().getFirst().article().equals(e.article())) {
                    perArticle.add(new ArrayList<>());
                }
                perArticle.getLast().add(e);
            }
            int set = 0;
            for (List<FeedEntry> article : perArticle) {
                String st = String.format("%04d", ++set);
                int segments = 0;
                segment(w, "ST", "214", st);
                String number = article.getFirst().article().value();
                segment(w, "B10", number, number, scac);
                segment(w, "L11", number, "2I");
                segments += 3;
                int lx = 0;
                for (FeedEntry e : article) {
                    ShipperVocabulary v = e.vocabulary();
                    var when = e.occurredAt().atZone(RoutingRules.IST);
                    segment(w, "LX", Integer.toString(++lx));
                    segment(w, "AT7", v.at7Status(), v.at7Reason(), "", "", when.format(CCYYMMDD), when.format(HHMM), "LT");
                    segment(w, "K1", clip("OFFICE " + e.place(), 30), clip(e.code().name() + " " + e.code().description(), 30));
                    segments += 3;
                }
                segment(w, "SE", Integer.toString(segments + 1), st);
            }
            segment(w, "GE", Integer.toString(set), Long.toString(controlNumber % 1_000_000_000L));
            segment(w, "IEA", "1", control);
            w.endInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("X12 214 could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        w.writeStartSegment(tag);
        for (String e : elements) {
            if (e.isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(e);
            }
        }
        w.writeEndSegment();
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s.substring(0, n) : s + " ".repeat(n - s.length());
    }

    /** X12 text: within the basic character set, no delimiters, at most n characters. */
    private static String clip(String s, int n) {
        String clean = s.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9 .,-]", " ");
        return clean.length() > n ? clean.substring(0, n) : clean;
    }
}
