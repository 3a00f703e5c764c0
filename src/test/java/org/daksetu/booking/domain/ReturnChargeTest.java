package org.daksetu.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.ValidationException;
import org.daksetu.shared.Weight;
import org.junit.jupiter.api.Test;

/** The return-to-origin charge of the tariff data. */
class ReturnChargeTest {

    @Test
    void the_bundled_sheet_charges_a_return_like_the_forward_freight_plus_gst() {
        TariffVersion t = PricingTest.TARIFF;
        assertThat(t.rtoFreightBasisPoints()).isEqualTo(10_000);
        Pricing.ReturnCharge c = Pricing.returnCharge(t, Service.SPEED_POST_PARCEL, TariffZone.ABOVE_2000, Weight.ofGrams(1200));
        assertThat(c.freight()).isEqualTo(t.of(Service.SPEED_POST_PARCEL).freight(Weight.ofGrams(1200), TariffZone.ABOVE_2000));
        assertThat(c.total()).isEqualTo(c.freight().plus(c.freight().percent(1800)));
    }

    @Test
    void a_sheet_without_the_rto_setting_uses_the_documented_default_and_a_bad_one_is_refused() {
        String sheet = sheetText("2025-12-05");
        String without = sheet.replaceAll("(?m)^rto_freight_basis_points,.*\\R", "");
        assertThat(TariffSheet.parse(without).rtoFreightBasisPoints()).isEqualTo(TariffVersion.DEFAULT_RTO_FREIGHT_BASIS_POINTS);
        assertThat(TariffSheet.parse(sheet.replace("rto_freight_basis_points,10000", "rto_freight_basis_points,5000"))
                .rtoFreightBasisPoints()).isEqualTo(5_000);
        assertThatThrownBy(() -> TariffSheet.parse(sheet.replace("rto_freight_basis_points,10000", "rto_freight_basis_points,20000")))
                .isInstanceOf(ValidationException.class);
    }

    static String sheetText(String version) {
        try (var in = ReturnChargeTest.class.getResourceAsStream("/tariffs/" + version + ".csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property
    void a_return_never_costs_more_than_its_share_of_the_forward_freight(@ForAll @IntRange(min = 1, max = 35_000) int grams,
                                                                        @ForAll @IntRange(min = 0, max = 10_000) int share) {
        TariffVersion t = PricingTest.TARIFF;
        TariffVersion v = new TariffVersion(t.id(), t.effectiveFrom(), t.description(), t.volumetricDivisor(), t.gstBasisPoints(),
                t.otpFee(), t.codFee(), t.services(), share);
        for (TariffZone zone : TariffZone.values()) {
            var forward = t.of(Service.SPEED_POST_PARCEL).freight(Weight.ofGrams(grams), zone);
            var back = Pricing.returnCharge(v, Service.SPEED_POST_PARCEL, zone, Weight.ofGrams(grams));
            assertThat(back.freight().paise()).isLessThanOrEqualTo(forward.paise());
            assertThat(back.total()).isEqualTo(back.freight().plus(back.gst()));
        }
    }
}
