package org.daksetu.network.infrastructure.dataset;

/** Where an office's coordinates come from, best first. */
enum GeoMatch {
    /** A GeoNames place with the office's PIN and name. */
    PLACE,
    /** The mean of the GeoNames places of the office's PIN. */
    PIN_CENTROID,
    /** The PIN is not in GeoNames: the mean of the located offices of its sorting district (first three PIN digits). */
    AREA_CENTROID,
    /** Nothing to go by; latitude and longitude are empty. */
    NONE
}
