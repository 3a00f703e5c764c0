package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.tracking.application.FeedEntry;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.daksetu.tracking.domain.ScanCode;
import org.daksetu.tracking.domain.TrackingStatus;
import org.junit.jupiter.api.Test;

class X12Status214Test {

    static final ArticleNumber A = ArticleNumber.of("EK", 1, "IN"), B = ArticleNumber.of("EK", 2, "IN");
    static final Instant AT = Instant.parse("2026-11-23T08:30:00Z"); // 14:00 IST

    static FeedEntry entry(long seq, ArticleNumber a, ScanCode code, String reason) {
        return new FeedEntry(seq, "SHP", a, "e" + seq, code, "682028", AT, Optional.ofNullable(reason).map(NonDeliveryReason::of),
                TrackingStatus.IN_TRANSIT, AT);
    }

    @Test
    void two_articles_make_two_214_transaction_sets_with_AT7_status_reason_and_local_time() {
        String edi = new X12Status214("DAKSETU", "INPT").x12(List.of(entry(1, A, ScanCode.BD, null),
                entry(2, A, ScanCode.N, "09"), entry(3, B, ScanCode.D, null)), "AMAZON", 42, AT);
        assertThat(edi).startsWith("ISA*00*          *00*          *ZZ*DAKSETU        *ZZ*AMAZON         *261123*1400*U*00401*000000042*0*P*>~");
        assertThat(edi).contains("GS*QM*DAKSETU*AMAZON*20261123*1400*42*X*004010~");
        assertThat(edi).contains("ST*214*0001~").contains("B10*" + A + "*" + A + "*INPT~").contains("L11*" + A + "*2I~");
        assertThat(edi).contains("AT7*X6*NS***20261123*1400*LT~").contains("AT7*A7*BS***20261123*1400*LT~");
        assertThat(edi).contains("ST*214*0002~").contains("AT7*D1*NS***20261123*1400*LT~");
        assertThat(edi).contains("SE*10*0001~").contains("SE*7*0002~").contains("GE*2*42~").contains("IEA*1*000000042~");
    }

    @Test
    void the_interchange_reads_back_with_StAEDI_segment_by_segment() throws Exception {
        String edi = new X12Status214("DAKSETU", "INPT").x12(List.of(entry(1, A, ScanCode.IB, null)), "SHIPPER", 7, AT);
        List<String> segments = new ArrayList<>();
        try (EDIStreamReader r = EDIInputFactory.newFactory()
                .createEDIStreamReader(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)))) {
            while (r.hasNext()) {
                if (r.next() == EDIStreamEvent.START_SEGMENT) {
                    segments.add(r.getText());
                }
            }
        }
        assertThat(segments).containsExactly("ISA", "GS", "ST", "B10", "L11", "LX", "AT7", "K1", "SE", "GE", "IEA");
    }
}
