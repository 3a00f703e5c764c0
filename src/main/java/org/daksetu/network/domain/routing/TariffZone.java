package org.daksetu.network.domain.routing;

/**
 * The distance slabs of India Post's tariffs (postal-domain.md): local, up to 200 km, 201-500,
 * 501-1000, 1001-2000 and above 2000 km. The distance basis is documented in docs/ROUTING.md.
 */
public enum TariffZone {
    LOCAL("Local", 0, 0),
    UP_TO_200("Up to 200 km", 0, 200),
    KM_201_500("201-500 km", 201, 500),
    KM_501_1000("501-1000 km", 501, 1000),
    KM_1001_2000("1001-2000 km", 1001, 2000),
    ABOVE_2000("Above 2000 km", 2001, Integer.MAX_VALUE);

    private final String label;
    private final int fromKm;
    private final int toKm;

    TariffZone(String label, int fromKm, int toKm) {
        this.label = label;
        this.fromKm = fromKm;
        this.toKm = toKm;
    }

    public String label() {
        return label;
    }

    /** The zone of a non-local distance, rounded to the nearest kilometre as tariffs are. */
    public static TariffZone forDistance(double km) {
        long rounded = Math.round(km);
        if (rounded <= 200) {
            return UP_TO_200;
        } else if (rounded <= 500) {
            return KM_201_500;
        } else if (rounded <= 1000) {
            return KM_501_1000;
        } else if (rounded <= 2000) {
            return KM_1001_2000;
        }
        return ABOVE_2000;
    }
}
