package org.daksetu.tracking.application;

import java.util.List;

/** A scan that was not applied: its place in the request, its id if it had one, and every reason. */
public record Rejection(int index, String eventId, List<String> reasons) {

    public Rejection {
        reasons = List.copyOf(reasons);
    }
}
