package org.daksetu.booking.domain;

import java.util.EnumMap;
import java.util.Map;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.Money;

/** One amount per distance zone: a row of a tariff table. */
public record ZoneRates(Map<TariffZone, Money> rates) {

    public ZoneRates {
        EnumMap<TariffZone, Money> copy = new EnumMap<>(TariffZone.class);
        copy.putAll(rates);
        for (TariffZone zone : TariffZone.values()) {
            if (!copy.containsKey(zone)) {
                throw new IllegalArgumentException("a tariff row needs a rate for every zone; " + zone + " is missing");
            }
        }
        rates = java.util.Collections.unmodifiableMap(copy);
    }

    public Money in(TariffZone zone) {
        return rates.get(zone);
    }
}
