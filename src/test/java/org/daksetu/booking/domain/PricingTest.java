package org.daksetu.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.Dimensions;
import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;
import org.junit.jupiter.api.Test;

/** Prices against the bundled tariff sheet of 5 Dec 2025. */
class PricingTest {

    static final TariffVersion TARIFF = bundled("2025-12-05");

    static TariffVersion bundled(String version) {
        try (InputStream in = PricingTest.class.getResourceAsStream("/tariffs/" + version + ".csv")) {
            return TariffSheet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Parcel aParcel(int grams, int l, int b, int h) {
        return new Parcel(Weight.ofGrams(grams), new Dimensions(l, b, h), Money.ofRupees(1000));
    }

    @Test
    void a_small_prepaid_speed_post_parcel_over_1500_km_is_freight_plus_18_percent_GST() {
        // 200 g, 10x10x5 cm: volumetric 100 g; slab 51-250 g, 1001-2000 km: Rs 72
        Charges c = Pricing.price(TARIFF, Service.SPEED_POST_PARCEL, TariffZone.KM_1001_2000, aParcel(200, 10, 10, 5),
                Payment.PREPAID, false);
        assertThat(c.chargeableWeight()).isEqualTo(Weight.ofGrams(200));
        assertThat(c.freight()).isEqualTo(Money.ofRupees(72));
        assertThat(c.codFee()).isEqualTo(Money.ZERO);
        assertThat(c.gst()).isEqualTo(Money.ofPaise(1296));
        assertThat(c.total()).isEqualTo(Money.ofPaise(8496));
    }

    @Test
    void a_light_but_bulky_parcel_is_charged_on_its_volumetric_weight() {
        // 40x30x20 cm = 24,000 cm3 / 5000 = 4.8 kg, actual 1 kg. Local: Rs 28 + 9 further 500 g steps x Rs 10
        Charges c = Pricing.price(TARIFF, Service.SPEED_POST_PARCEL, TariffZone.LOCAL, aParcel(1000, 40, 30, 20),
                Payment.PREPAID, false);
        assertThat(c.volumetricWeight()).isEqualTo(Weight.ofGrams(4800));
        assertThat(c.chargeableWeight()).isEqualTo(Weight.ofGrams(4800));
        assertThat(c.freight()).isEqualTo(Money.ofRupees(28 + 9 * 10));
    }

    @Test
    void the_volumetric_divisor_comes_from_the_tariff_version() {
        Charges old = Pricing.price(bundled("2025-10-01"), Service.SPEED_POST_PARCEL, TariffZone.LOCAL,
                aParcel(1000, 40, 30, 20), Payment.PREPAID, false);
        assertThat(old.volumetricWeight()).isEqualTo(Weight.ofGrams(4000));
    }

    @Test
    void the_COD_fee_is_2_percent_with_a_50_rupee_minimum_up_to_5000_then_100_plus_1_percent_of_the_excess() {
        CodFeeRule rule = TARIFF.codFee();
        assertThat(rule.fee(Money.ofRupees(1000))).isEqualTo(Money.ofRupees(50));
        assertThat(rule.fee(Money.ofRupees(2500))).isEqualTo(Money.ofRupees(50));
        assertThat(rule.fee(Money.ofRupees(4000))).isEqualTo(Money.ofRupees(80));
        assertThat(rule.fee(Money.ofRupees(5000))).isEqualTo(Money.ofRupees(100));
        assertThat(rule.fee(Money.ofRupees(5001))).isEqualTo(Money.ofPaise(10_001));
        assertThat(rule.fee(Money.ofRupees(50_000))).isEqualTo(Money.ofRupees(100 + 450));
    }

    @Test
    void COD_and_OTP_are_added_before_GST() {
        Charges c = Pricing.price(TARIFF, Service.SPEED_POST_PARCEL, TariffZone.UP_TO_200, aParcel(400, 20, 15, 5),
                Payment.cod(Money.ofRupees(3000)), true);
        assertThat(c.freight()).isEqualTo(Money.ofRupees(70));
        assertThat(c.codFee()).isEqualTo(Money.ofRupees(60));
        assertThat(c.otpFee()).isEqualTo(Money.ofRupees(5));
        assertThat(c.taxable()).isEqualTo(Money.ofRupees(135));
        assertThat(c.gst()).isEqualTo(Money.ofPaise(2430));
        assertThat(c.total()).isEqualTo(Money.ofPaise(15_930));
    }

    @Test
    void a_business_parcel_lighter_than_2_kg_is_charged_as_2_kg() {
        Money one = Pricing.price(TARIFF, Service.BUSINESS_PARCEL, TariffZone.KM_501_1000, aParcel(500, 10, 10, 10),
                Payment.PREPAID, false).freight();
        Money two = Pricing.price(TARIFF, Service.BUSINESS_PARCEL, TariffZone.KM_501_1000, aParcel(2000, 10, 10, 10),
                Payment.PREPAID, false).freight();
        assertThat(one).isEqualTo(two).isEqualTo(Money.ofRupees(120));
    }

    @Property
    void a_heavier_parcel_never_costs_less(@ForAll @IntRange(min = 1, max = 34_999) int grams,
                                           @ForAll @IntRange(min = 1, max = 1000) int more) {
        for (Service service : Service.values()) {
            for (TariffZone zone : TariffZone.values()) {
                Money light = TARIFF.of(service).freight(Weight.ofGrams(grams), zone);
                Money heavy = TARIFF.of(service).freight(Weight.ofGrams(Math.min(35_000, grams + more)), zone);
                assertThat(heavy).isGreaterThanOrEqualTo(light);
            }
        }
    }

    @Property
    void the_total_is_exactly_the_lines_plus_GST_rounded_to_the_paisa(
            @ForAll @IntRange(min = 1, max = 35_000) int grams, @ForAll @IntRange(min = 1, max = 100) int side,
            @ForAll @IntRange(min = 0, max = 50_000) int codRupees, @ForAll boolean otp) {
        Payment payment = codRupees == 0 ? Payment.PREPAID : Payment.cod(Money.ofRupees(codRupees));
        for (TariffZone zone : TariffZone.values()) {
            Charges c = Pricing.price(TARIFF, Service.SPEED_POST_PARCEL, zone, aParcel(grams, side, side, side), payment, otp);
            assertThat(c.chargeableWeight().grams()).isEqualTo(Math.max(grams, c.volumetricWeight().grams()));
            long taxable = c.freight().paise() + c.codFee().paise() + c.otpFee().paise();
            assertThat(c.gst().paise()).isEqualTo((taxable * 1800 + 5000) / 10000);
            assertThat(c.total().paise()).isEqualTo(taxable + c.gst().paise());
            assertThat(c.codFee().isZero()).isEqualTo(codRupees == 0);
        }
    }
}
