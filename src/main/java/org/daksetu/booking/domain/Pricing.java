package org.daksetu.booking.domain;

import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;

/**
 * Prices a parcel with a tariff version: chargeable weight = max(actual, L×B×H / divisor), freight
 * from the service's table for the zone, the COD fee on the amount to collect, the OTP add-on,
 * then GST on the sum, rounded half up to the paisa.
 */
public final class Pricing {

    private Pricing() {
    }

    public static Charges price(TariffVersion tariff, Service service, TariffZone zone, Parcel parcel, Payment payment,
                                boolean otpDelivery) {
        Weight volumetric = parcel.dimensions().volumetricWeight(tariff.volumetricDivisor());
        Weight chargeable = Weight.max(parcel.weight(), volumetric);
        Money freight = tariff.of(service).freight(chargeable, zone);
        Money codFee = payment.isCod() ? tariff.codFee().fee(payment.codAmount()) : Money.ZERO;
        Money otpFee = otpDelivery ? tariff.otpFee() : Money.ZERO;
        Money taxable = freight.plus(codFee).plus(otpFee);
        Money gst = taxable.percent(tariff.gstBasisPoints());
        return new Charges(tariff.id(), zone, parcel.weight(), volumetric, chargeable, freight, codFee, otpFee,
                tariff.gstBasisPoints(), gst, taxable.plus(gst));
    }

    /**
     * The charge for returning a shipment to its origin: the tariff's RTO share of the forward
     * freight of the same chargeable weight and zone, with GST on it.
     */
    public static ReturnCharge returnCharge(TariffVersion tariff, Service service, TariffZone zone, Weight chargeable) {
        Money freight = tariff.of(service).freight(chargeable, zone).percent(tariff.rtoFreightBasisPoints());
        Money gst = freight.percent(tariff.gstBasisPoints());
        return new ReturnCharge(tariff.id(), tariff.rtoFreightBasisPoints(), freight, gst, freight.plus(gst));
    }

    /** What returning a shipment to its shipper costs, line by line. */
    public record ReturnCharge(String tariffVersion, int rtoFreightBasisPoints, Money freight, Money gst, Money total) {
    }
}
