package org.daksetu.booking.application;

import java.time.LocalDate;
import org.daksetu.booking.domain.Pricing;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.TariffVersion;
import org.springframework.stereotype.Service;

/** What a return to origin costs the shipper, by the tariff in force on the day the return starts. */
@Service
public class ReturnCharges {

    private final Tariffs tariffs;

    public ReturnCharges(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    public Pricing.ReturnCharge of(Shipment shipment, LocalDate returnStartedOn) {
        TariffVersion tariff = tariffs.inForceOn(returnStartedOn);
        return Pricing.returnCharge(tariff, shipment.order().service(), shipment.charges().zone(),
                shipment.charges().chargeableWeight());
    }
}
