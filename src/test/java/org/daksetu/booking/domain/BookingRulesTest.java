package org.daksetu.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.domain.Fixtures.*;

import java.util.List;
import org.daksetu.booking.domain.ShipmentDraft.ConsigneeDraft;
import org.daksetu.booking.domain.ShipmentDraft.PaymentDraft;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static Checked.Accepted accepted(ShipmentDraft draft) {
        Checked checked = BookingRules.check(draft, aWorld());
        assertThat(checked).isInstanceOf(Checked.Accepted.class);
        return (Checked.Accepted) checked;
    }

    private static List<InvalidValueException> problems(ShipmentDraft draft) {
        Checked checked = BookingRules.check(draft, aWorld());
        assertThat(checked).isInstanceOf(Checked.Rejected.class);
        return ((Checked.Rejected) checked).problems();
    }

    private static InvalidValueException onlyProblem(ShipmentDraft draft) {
        List<InvalidValueException> problems = problems(draft);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void a_complete_prepaid_parcel_to_a_serviceable_PIN_is_accepted_with_its_values_normalised() {
        ShipmentOrder order = accepted(aPrepaidParcelTo(KOCHI)).order();
        assertThat(order.consignee().phone().digits()).isEqualTo("9847012345");
        assertThat(order.consignee().city()).isEqualTo("Ernakulam");
        assertThat(order.parcel().weight().grams()).isEqualTo(1200);
        assertThat(order.parcel().declaredValue()).isEqualTo(Money.ofRupees(1499));
        assertThat(order.payment()).isEqualTo(Payment.PREPAID);
        assertThat(order.service()).isEqualTo(Service.SPEED_POST_PARCEL);
        assertThat(order.otpDelivery()).isFalse();
    }

    @Test
    void a_COD_parcel_of_whole_rupees_to_a_PIN_with_COD_is_accepted() {
        assertThat(accepted(aCodParcelTo(KOCHI, "149900")).order().payment()).isEqualTo(Payment.cod(Money.ofRupees(1499)));
    }

    @Test
    void a_draft_with_nothing_in_it_names_every_missing_field() {
        ShipmentDraft empty = new ShipmentDraft(null, null, null, null, null, null, null, null, null, null);
        assertThat(problems(empty)).extracting(InvalidValueException::field).containsExactlyInAnyOrder(
                "orderReference", "pickupPoint", "service", "consignee.name", "consignee.phone", "consignee.addressLine1",
                "consignee.pin", "weightGrams", "dimensions", "declaredValuePaise", "payment.mode");
    }

    @Test
    void malformed_unknown_and_unserviceable_PINs_are_each_named_with_the_reason() {
        assertThat(onlyProblem(aPrepaidParcelTo("68202")).rule()).contains("six digits");
        InvalidValueException nowhere = onlyProblem(aPrepaidParcelTo(NOWHERE));
        assertThat(nowhere.field()).isEqualTo("consignee.pin");
        assertThat(nowhere.value()).isEqualTo(NOWHERE);
        assertThat(nowhere.rule()).contains("no post office");
        assertThat(onlyProblem(aPrepaidParcelTo(ARMY_POST)).rule()).contains("not delivered").contains("Army Postal Service");
    }

    @Test
    void a_weight_of_zero_or_above_35_kg_is_refused_and_35_kg_exactly_is_taken() {
        assertThat(onlyProblem(weighing(aPrepaidParcelTo(KOCHI), "0")).rule()).contains("above 0");
        assertThat(onlyProblem(weighing(aPrepaidParcelTo(KOCHI), "-5")).rule()).contains("above 0");
        InvalidValueException heavy = onlyProblem(weighing(aPrepaidParcelTo(KOCHI), "35001"));
        assertThat(heavy.field()).isEqualTo("weightGrams");
        assertThat(heavy.value()).isEqualTo("35001");
        assertThat(heavy.rule()).contains("35 kg");
        assertThat(accepted(weighing(aPrepaidParcelTo(KOCHI), "35000")).order().parcel().weight().grams()).isEqualTo(35_000);
        assertThat(onlyProblem(weighing(aPrepaidParcelTo(KOCHI), "1.5kg")).rule()).contains("whole number");
    }

    @Test
    void impossible_dimensions_are_refused_naming_the_side() {
        InvalidValueException flat = onlyProblem(measuring(aPrepaidParcelTo(KOCHI), "30", "0", "10"));
        assertThat(flat.field()).isEqualTo("dimensions.breadthCm");
        assertThat(onlyProblem(measuring(aPrepaidParcelTo(KOCHI), "151", "10", "10")).field()).isEqualTo("dimensions.lengthCm");
        assertThat(onlyProblem(measuring(aPrepaidParcelTo(KOCHI), "30", "ten", "10")).rule()).contains("centimetres");
        InvalidValueException girth = onlyProblem(measuring(aPrepaidParcelTo(KOCHI), "121", "50", "40"));
        assertThat(girth.field()).isEqualTo("dimensions");
        assertThat(girth.rule()).contains("length plus girth is 301 cm");
        assertThat(accepted(measuring(aPrepaidParcelTo(KOCHI), "120", "50", "40")).order().parcel().dimensions().lengthPlusGirthCm())
                .isEqualTo(300);
    }

    @Test
    void decimal_centimetres_are_rounded_up_to_the_next_whole_centimetre() {
        assertThat(accepted(measuring(aPrepaidParcelTo(KOCHI), "30.2", "20", "9.5")).order().parcel().dimensions())
                .isEqualTo(new org.daksetu.shared.Dimensions(31, 20, 10));
    }

    @Test
    void COD_above_fifty_thousand_rupees_is_refused() {
        InvalidValueException p = onlyProblem(aCodParcelTo(KOCHI, "5000100"));
        assertThat(p.field()).isEqualTo("payment.codAmountPaise");
        assertThat(p.rule()).contains("at most 5000000 paise");
        assertThat(accepted(aCodParcelTo(KOCHI, "5000000")).order().payment().codAmount()).isEqualTo(Money.ofRupees(50_000));
    }

    @Test
    void COD_with_paise_is_refused_because_it_is_collected_in_whole_rupees() {
        assertThat(onlyProblem(aCodParcelTo(KOCHI, "149950")).rule()).contains("whole rupees");
    }

    @Test
    void COD_to_a_PIN_without_COD_is_refused_naming_the_PIN() {
        InvalidValueException p = onlyProblem(aCodParcelTo(RURAL_NO_COD, "100000"));
        assertThat(p.field()).isEqualTo("payment.mode");
        assertThat(p.rule()).contains(RURAL_NO_COD);
    }

    @Test
    void COD_without_an_amount_and_prepaid_with_one_are_refused() {
        assertThat(onlyProblem(aCodParcelTo(KOCHI, null)).rule()).contains("required for COD");
        ShipmentDraft d = aPrepaidParcelTo(KOCHI);
        ShipmentDraft prepaidWithAmount = new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(), d.consignee(),
                d.weightGrams(), d.dimensions(), d.declaredValuePaise(), new PaymentDraft("PREPAID", "50000"), null, null);
        assertThat(onlyProblem(prepaidWithAmount).rule()).contains("no amount to collect");
    }

    @Test
    void Indian_mobile_numbers_are_accepted_in_their_usual_written_forms_and_others_refused() {
        for (String ok : List.of("9847012345", "+91 98470 12345", "+91-98470-12345", "09847012345", "919847012345", "(984) 701-2345")) {
            assertThat(accepted(withPhone(aPrepaidParcelTo(KOCHI), ok)).order().consignee().phone().digits()).as(ok).isEqualTo("9847012345");
        }
        for (String bad : List.of("5847012345", "984701234", "98470123456", "0484 2345678", "+1 9847012345", "phone")) {
            InvalidValueException p = onlyProblem(withPhone(aPrepaidParcelTo(KOCHI), bad));
            assertThat(p.field()).as(bad).isEqualTo("consignee.phone");
            assertThat(p.value()).isEqualTo(bad);
        }
    }

    @Test
    void an_unknown_pickup_point_one_of_another_shipper_and_a_retired_one_are_each_refused() {
        assertThat(onlyProblem(from(aPrepaidParcelTo(KOCHI), "XYZ-FC9")).rule()).contains("no pickup point");
        assertThat(onlyProblem(from(aPrepaidParcelTo(KOCHI), "BOM-FC1")).rule()).contains("not one of your pickup points");
        assertThat(onlyProblem(from(aPrepaidParcelTo(KOCHI), "OLD-FC1")).rule()).contains("retired");
    }

    @Test
    void names_and_addresses_in_another_script_are_refused_because_labels_print_Latin() {
        ShipmentDraft d = aPrepaidParcelTo(KOCHI);
        ConsigneeDraft c = d.consignee();
        ShipmentDraft devanagari = new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(),
                new ConsigneeDraft("अनीता", c.phone(), c.addressLine1(), c.addressLine2(), c.city(), c.pin()),
                d.weightGrams(), d.dimensions(), d.declaredValuePaise(), d.payment(), null, null);
        assertThat(onlyProblem(devanagari).rule()).contains("Latin");
    }

    @Test
    void several_problems_of_one_draft_are_all_named_at_once() {
        ShipmentDraft bad = withPhone(weighing(aCodParcelTo(RURAL_NO_COD, "149950"), "40000"), "123");
        assertThat(problems(bad)).extracting(InvalidValueException::field).containsExactlyInAnyOrder(
                "weightGrams", "consignee.phone", "payment.codAmountPaise", "payment.mode");
    }

    @Test
    void an_own_article_number_must_be_a_valid_S10_number() {
        ShipmentDraft d = aPrepaidParcelTo(KOCHI);
        ShipmentDraft withNumber = new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(), d.consignee(),
                d.weightGrams(), d.dimensions(), d.declaredValuePaise(), d.payment(), null, "EK123456784IN");
        assertThat(onlyProblem(withNumber).field()).isEqualTo("articleNumber");
    }
}
