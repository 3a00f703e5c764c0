package org.daksetu.booking.domain;

import java.util.List;
import org.daksetu.shared.Money;

/**
 * The list of parcels a shipper hands over at a pickup, with the totals both sides sign for:
 * parcels, weight and cash to collect. Cancelled parcels are listed but not counted.
 */
public record Manifest(Pickup pickup, String shipperName, String pickupPointName, String pickupPointAddress,
                       List<ManifestLine> lines) {

    public Manifest {
        lines = List.copyOf(lines);
    }

    public long parcels() {
        return lines.stream().filter(ManifestLine::live).count();
    }

    public long cancelled() {
        return lines.size() - parcels();
    }

    public long codParcels() {
        return lines.stream().filter(l -> l.live() && l.payment().isCod()).count();
    }

    public long totalWeightGrams() {
        return lines.stream().filter(ManifestLine::live).mapToLong(l -> l.weight().grams()).sum();
    }

    public long totalChargeableWeightGrams() {
        return lines.stream().filter(ManifestLine::live).mapToLong(l -> l.chargeableWeight().grams()).sum();
    }

    public Money codTotal() {
        return lines.stream().filter(ManifestLine::live).map(l -> l.payment().codAmount()).reduce(Money.ZERO, Money::plus);
    }
}
