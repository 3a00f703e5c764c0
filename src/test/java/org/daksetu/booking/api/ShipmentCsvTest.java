package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ShipmentCsvTest {

    static final String HEADER = "orderReference,pickupPoint,service,consignee.name,consignee.phone,consignee.addressLine1,"
            + "consignee.pin,weightGrams,dimensions.lengthCm,dimensions.breadthCm,dimensions.heightCm,declaredValuePaise,payment.mode";

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_each_row_keeps_its_line() {
        String csv = HEADER + "\n"
                + "A-1,DEL-FC1,SPEED_POST_PARCEL,\"Menon, Anita\",9847012345,\"12 \"\"Lotus\"\" Lane\nBlock B\",682028,1200,30,20,10,149900,PREPAID\n"
                + "\n"
                + "A-2,DEL-FC1,SPEED_POST_PARCEL,Ravi,9847012345,Road,682028,800,20,10,5,99900,COD\r\n";
        List<ShipmentCsv.Row> rows = ShipmentCsv.parse(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).draft().consignee().name()).isEqualTo("Menon, Anita");
        assertThat(rows.get(0).draft().consignee().addressLine1()).isEqualTo("12 \"Lotus\" Lane\nBlock B");
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).draft().payment().mode()).isEqualTo("COD");
        assertThat(rows.get(1).draft().payment().codAmountPaise()).isNull();
    }

    @Test
    void columns_may_come_in_any_order_and_empty_cells_are_absent_values() {
        String csv = "payment.mode,consignee.pin,orderReference,pickupPoint,service,consignee.name,consignee.phone,"
                + "consignee.addressLine1,weightGrams,dimensions.lengthCm,dimensions.breadthCm,dimensions.heightCm,declaredValuePaise,"
                + "otpDelivery\nPREPAID,682028,B-1,DEL-FC1,SPEED_POST_PARCEL,Ravi,,Road,800,20,10,5,99900,\n";
        var draft = ShipmentCsv.parse(csv).getFirst().draft();
        assertThat(draft.orderReference()).isEqualTo("B-1");
        assertThat(draft.consignee().pin()).isEqualTo("682028");
        assertThat(draft.consignee().phone()).isNull();
        assertThat(draft.otpDelivery()).isNull();
    }

    @Test
    void an_unknown_a_repeated_or_a_missing_column_fails_the_whole_upload_naming_each() {
        String csv = HEADER.replace("consignee.pin", "consignee.pincode") + ",weightGrams\nx\n";
        assertThatThrownBy(() -> ShipmentCsv.parse(csv)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(InvalidValueException::value)
                        .containsExactlyInAnyOrder("consignee.pincode", "weightGrams", "consignee.pin"));
    }

    @Test
    void more_than_ten_thousand_rows_or_none_at_all_are_refused() {
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 10_001; i++) {
            big.append("r").append(i).append(",DEL-FC1\n");
        }
        assertThatThrownBy(() -> ShipmentCsv.parse(big.toString())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("rows"));
        assertThatThrownBy(() -> ShipmentCsv.parse(HEADER + "\n")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ShipmentCsv.parse("")).isInstanceOf(ValidationException.class);
    }

    @Test
    void an_unclosed_quote_is_named_with_its_line() {
        List<List<String>> records = new ArrayList<>();
        assertThatThrownBy(() -> ShipmentCsv.split("a,b\n\"c,d\n", records, new ArrayList<>()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("line 2"));
    }
}
