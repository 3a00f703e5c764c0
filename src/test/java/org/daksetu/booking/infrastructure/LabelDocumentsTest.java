package org.daksetu.booking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.daksetu.booking.domain.LabelContent;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Money;
import org.junit.jupiter.api.Test;

class LabelDocumentsTest {

    static LabelContent aCodLabel(ArticleNumber number, String pin, Money cod) {
        return new LabelContent(number, "Speed Post Parcel", "ORD-1001", LocalDate.of(2026, 11, 21),
                List.of("Acme Retail", "Sector 37, Gurugram", "Gurugram - 122001"), "Anita Menon",
                List.of("12/345 Temple Road", "Near the ferry", "Ernakulam - " + pin), "+91 98470 12345", pin, cod.isPositive(), cod,
                "1.200 kg", "1.200 kg", "30 x 20 x 10 cm", LocalDate.of(2026, 11, 25), "L1-COK", "Vyttila S.O (1234567)", true,
                LabelContent.qrPayload(number, pin, cod));
    }

    @Test
    void a_label_carries_the_article_number_as_code_128_and_a_QR_code_with_article_PIN_and_COD() {
        ArticleNumber number = ArticleNumber.of("EK", 12_345_678, "IN");
        byte[] pdf = new LabelDocuments().pdf(List.of(aCodLabel(number, "682028", Money.ofRupees(1499))));
        List<LabelReader.Page> pages = LabelReader.read(pdf);
        assertThat(pages).hasSize(1);
        LabelReader.Page page = pages.getFirst();
        assertThat(page.code128()).isEqualTo("EK123456785IN");
        assertThat(page.qr()).isEqualTo("A=EK123456785IN;P=682028;COD=1499.00");
        assertThat(page.text()).contains("COD  Rs. 1,499.00", "EK 1234 5678 5 IN", "PIN 682028", "L1-COK",
                "Vyttila S.O (1234567)", "EDD 25 Nov 2026", "OTP DELIVERY", "Anita Menon", "Acme Retail", "Weight 1.200 kg");
    }

    @Test
    void a_prepaid_label_says_not_to_collect_cash_and_many_labels_make_one_page_each() {
        List<LabelContent> labels = List.of(aCodLabel(ArticleNumber.of("EK", 1, "IN"), "110001", Money.ZERO),
                aCodLabel(ArticleNumber.of("HK", 99_999_999, "IN"), "744301", Money.ofRupees(50_000)));
        List<LabelReader.Page> pages = LabelReader.read(new LabelDocuments().pdf(labels));
        assertThat(pages).extracting(LabelReader.Page::code128).containsExactly("EK000000014IN", ArticleNumber.of("HK", 99_999_999, "IN").value());
        assertThat(pages.get(0).text()).contains("PREPAID - DO NOT COLLECT CASH");
        assertThat(pages.get(0).qr()).isEqualTo("A=EK000000014IN;P=110001;COD=0.00");
        assertThat(pages.get(1).text()).contains("COD  Rs. 50,000.00");
    }

    @Test
    void the_ZPL_label_has_the_code_128_the_QR_payload_and_the_COD_amount() {
        ArticleNumber number = ArticleNumber.of("EK", 12_345_678, "IN");
        String zpl = new LabelDocuments().zpl(List.of(aCodLabel(number, "682028", Money.ofRupees(1499))));
        assertThat(zpl).startsWith("^XA").endsWith("^XZ\n");
        assertThat(zpl).contains("^PW812", "^LL1218", "^BCN,150,N,N,N,A^FDEK123456785IN^FS",
                "^BQN,2,6^FH\\^FDMA,A=EK123456785IN;P=682028;COD=1499.00^FS", "COD  Rs. 1,499.00", "PIN 682028");
    }

    @Test
    void ZPL_control_characters_in_text_are_escaped() {
        assertThat(LabelDocuments.escape("a^b~c\\d")).isEqualTo("a\\5Eb\\7Ec\\5Cd");
    }
}
