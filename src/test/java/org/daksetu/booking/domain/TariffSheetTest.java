package org.daksetu.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;
import org.daksetu.shared.ValidationException;
import org.junit.jupiter.api.Test;

class TariffSheetTest {

    static final String SETTINGS = """
            version,2027-04-01
            effective_from,2027-04-01
            description,Test tariff
            volumetric_divisor,5000
            gst_basis_points,1800
            otp_fee_paise,500
            cod_fee_threshold_paise,500000
            cod_fee_rate_basis_points,200
            cod_fee_minimum_paise,5000
            cod_fee_above_base_paise,10000
            cod_fee_above_rate_basis_points,100
            """;
    static final String TABLE = """
            service,kind,grams,LOCAL,UP_TO_200,KM_201_500,KM_501_1000,KM_1001_2000,ABOVE_2000,basis,note
            SPEED_POST_PARCEL,UP_TO,500,3000,7500,8000,8500,9000,9500,PUBLISHED,"new rates, from the gazette"
            SPEED_POST_PARCEL,EACH_ADDITIONAL,500,1000,2000,3000,4000,5000,6000,ASSUMPTION,
            BUSINESS_PARCEL,UP_TO,35000,9000,9000,9000,9000,9000,9000,ASSUMPTION,flat
            """;

    @Test
    void a_complete_sheet_is_read_with_its_settings_slabs_and_basis() {
        TariffVersion v = TariffSheet.parse("# a comment\n" + SETTINGS + "\n" + TABLE);
        assertThat(v.id()).isEqualTo("2027-04-01");
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(v.otpFee()).isEqualTo(Money.ofRupees(5));
        ServiceTariff sp = v.of(Service.SPEED_POST_PARCEL);
        assertThat(sp.slabs().getFirst().note()).isEqualTo("new rates, from the gazette");
        assertThat(sp.beyond().basis()).isEqualTo(RateBasis.ASSUMPTION);
        assertThat(v.of(Service.BUSINESS_PARCEL).beyond()).isNull();
        assertThat(v.of(Service.BUSINESS_PARCEL).freight(org.daksetu.shared.Weight.ofKilograms(35), TariffZone.LOCAL))
                .isEqualTo(Money.ofRupees(90));
    }

    @Test
    void the_bundled_sheets_mark_every_unpublished_rate_as_an_assumption() {
        TariffVersion v = PricingTest.TARIFF;
        assertThat(v.of(Service.SPEED_POST_PARCEL).slabs()).allMatch(s -> s.basis() == RateBasis.PUBLISHED);
        assertThat(v.of(Service.SPEED_POST_PARCEL).beyond().basis()).isEqualTo(RateBasis.ASSUMPTION);
        assertThat(v.of(Service.BUSINESS_PARCEL).slabs()).allMatch(s -> s.basis() == RateBasis.ASSUMPTION);
        assertThat(v.of(Service.SPEED_POST_PARCEL).slabs().get(1).rates().in(TariffZone.ABOVE_2000)).isEqualTo(Money.ofRupees(77));
    }

    @Test
    void every_problem_of_a_bad_sheet_is_named_with_its_line() {
        String bad = SETTINGS.replace("volumetric_divisor,5000", "volumetric_divisor,five") + TABLE
                .replace("SPEED_POST_PARCEL,UP_TO,500,3000", "SPEED_POST_PARCEL,UP_TO,500,-3000")
                .replace("BUSINESS_PARCEL,UP_TO", "BUSINESS_PARCELS,UP_TO");
        assertThatThrownBy(() -> TariffSheet.parse(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(InvalidValueException::field)
                        .contains("line 13 LOCAL", "line 15 service", "service"));
    }

    @Test
    void slabs_must_go_up_in_weight_and_never_down_in_price() {
        String bad = SETTINGS + TABLE.replace("BUSINESS_PARCEL,UP_TO,35000,9000,9000,9000,9000,9000,9000,ASSUMPTION,flat",
                "BUSINESS_PARCEL,UP_TO,2000,9000,9000,9000,9000,9000,9000,ASSUMPTION,\nBUSINESS_PARCEL,UP_TO,1000,9000,9000,9000,9000,9000,9000,ASSUMPTION,\n"
                        + "BUSINESS_PARCEL,UP_TO,35000,8000,9000,9000,9000,9000,9000,ASSUMPTION,");
        assertThatThrownBy(() -> TariffSheet.parse(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(InvalidValueException::rule)
                        .anyMatch(r -> r.contains("slabs go up in weight"))
                        .anyMatch(r -> r.contains("does not cost less")));
    }

    @Test
    void a_sheet_whose_slabs_stop_short_of_35_kg_needs_a_step_for_heavier_parcels() {
        String bad = SETTINGS + TABLE.replace("UP_TO,35000", "UP_TO,20000");
        assertThatThrownBy(() -> TariffSheet.parse(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems().getFirst().rule()).contains("slabs end at 20000 g"));
    }

    @Test
    void a_missing_setting_is_named() {
        String bad = SETTINGS.replace("otp_fee_paise,500\n", "") + TABLE;
        assertThatThrownBy(() -> TariffSheet.parse(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(InvalidValueException::field).containsExactly("otp_fee_paise"));
    }

    @Test
    void the_version_in_force_is_the_latest_that_has_taken_effect() {
        TariffSchedule schedule = new TariffSchedule(java.util.List.of(PricingTest.TARIFF, PricingTest.bundled("2025-10-01")));
        assertThat(schedule.inForceOn(LocalDate.of(2025, 9, 30))).isEmpty();
        assertThat(schedule.inForceOn(LocalDate.of(2025, 12, 4)).orElseThrow().id()).isEqualTo("2025-10-01");
        assertThat(schedule.inForceOn(LocalDate.of(2025, 12, 5)).orElseThrow().id()).isEqualTo("2025-12-05");
        assertThat(schedule.inForceOn(LocalDate.of(2030, 1, 1)).orElseThrow().id()).isEqualTo("2025-12-05");
    }
}
