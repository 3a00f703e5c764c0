package org.daksetu.tracking.domain;

/** A scan that cannot have happened where the history puts it (bagged after delivered): kept, flagged, never fatal. */
public record Anomaly(String eventId, String description) {
}
