package org.daksetu.delivery.domain;

import java.util.ArrayList;
import java.util.List;

/** A postman's route out of a delivery office. */
public record Beat(long officeId, String code, String name, String postman, boolean active, boolean generated) {

    /** Beats every delivery office starts with until an operator changes them (docs/DELIVERY.md, "Beats"). */
    public static final int GENERATED_PER_OFFICE = 4;

    /**
     * The deterministic starting set of an office: B1 to B4, one postman each, named after the
     * office and the beat, so the same office always gets the same beats.
     */
    public static List<Beat> generate(long officeId) {
        List<Beat> beats = new ArrayList<>(GENERATED_PER_OFFICE);
        for (int i = 1; i <= GENERATED_PER_OFFICE; i++) {
            beats.add(new Beat(officeId, "B" + i, "Beat " + i, "PM-" + officeId + "-" + i, true, true));
        }
        return beats;
    }
}
