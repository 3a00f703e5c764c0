package org.daksetu.network.domain;

/** How an office got its coordinates; see docs/NETWORK-DATA.md. */
public enum GeoMatch {
    /** The office matched a GeoNames place of the same PIN and name. */
    PLACE,
    /** The centroid of the GeoNames places of the office's PIN. */
    PIN_CENTROID,
    /** The centroid of the offices of the PIN's three-digit sorting district. */
    AREA_CENTROID,
    /** No coordinates. */
    NONE
}
