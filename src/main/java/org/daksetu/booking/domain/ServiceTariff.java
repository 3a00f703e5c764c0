package org.daksetu.booking.domain;

import java.util.List;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;

/**
 * The freight table of one service: weight slabs by distance zone, then a rate for each further
 * step of weight. A weight is charged at the first slab that holds it; beyond the last slab,
 * each started step adds the step's rate.
 */
public record ServiceTariff(Service service, List<WeightSlab> slabs, AdditionalWeight beyond) {

    public ServiceTariff {
        slabs = List.copyOf(slabs);
        if (slabs.isEmpty()) {
            throw new IllegalArgumentException(service + " needs at least one weight slab");
        }
    }

    public Money freight(Weight chargeable, TariffZone zone) {
        for (WeightSlab slab : slabs) {
            if (chargeable.grams() <= slab.upToGrams()) {
                return slab.rates().in(zone);
            }
        }
        WeightSlab last = slabs.getLast();
        long steps = Math.ceilDiv((long) chargeable.grams() - last.upToGrams(), beyond.stepGrams());
        return last.rates().in(zone).plus(beyond.rates().in(zone).times(steps));
    }
}
