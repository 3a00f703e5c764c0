package org.daksetu.network.domain.routing;

public enum TransportMode {
    ROAD, RAIL, AIR,
    /** The postman's beat on foot, bicycle or motorcycle. */
    BEAT
}
