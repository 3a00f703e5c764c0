package org.daksetu.network.infrastructure.dataset;

import java.util.List;
import java.util.Optional;

/** A point in decimal degrees (WGS 84). */
record Coordinates(double latitude, double longitude) {

    // India with its islands lies within these bounds; GeoNames points outside them are misplaced.
    private static final double MIN_LATITUDE = 6.0;
    private static final double MAX_LATITUDE = 37.5;
    private static final double MIN_LONGITUDE = 68.0;
    private static final double MAX_LONGITUDE = 97.5;

    boolean isInIndia() {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }

    /**
     * Squared distance on a local flat projection, in squared degrees of latitude: enough to rank
     * offices of one PIN by nearness. StrictMath keeps the ranking the same on every JVM.
     */
    double squaredDistanceTo(Coordinates other) {
        double meanLatitude = Math.toRadians((latitude + other.latitude) / 2);
        double dx = (longitude - other.longitude) * StrictMath.cos(meanLatitude);
        double dy = latitude - other.latitude;
        return dx * dx + dy * dy;
    }

    /** The arithmetic mean, summed in list order so that the result is reproducible to the last bit. */
    static Optional<Coordinates> centroid(List<Coordinates> points) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double latitudes = 0;
        double longitudes = 0;
        for (Coordinates p : points) {
            latitudes += p.latitude;
            longitudes += p.longitude;
        }
        return Optional.of(new Coordinates(latitudes / points.size(), longitudes / points.size()));
    }
}
