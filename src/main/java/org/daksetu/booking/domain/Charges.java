package org.daksetu.booking.domain;

import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;

/**
 * What a shipment costs the shipper, line by line: freight on the chargeable weight for the
 * zone, the COD fee, the OTP add-on, GST on their sum, and the total. Every amount is in paise.
 */
public record Charges(
        String tariffVersion,
        TariffZone zone,
        Weight actualWeight,
        Weight volumetricWeight,
        Weight chargeableWeight,
        Money freight,
        Money codFee,
        Money otpFee,
        int gstBasisPoints,
        Money gst,
        Money total) {

    public Money taxable() {
        return freight.plus(codFee).plus(otpFee);
    }
}
