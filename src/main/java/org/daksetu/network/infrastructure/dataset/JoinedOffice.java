package org.daksetu.network.infrastructure.dataset;

/** An office with its id and what the 2024 file adds to it. */
record JoinedOffice(long officeId, ParsedOffice source, NameMatch divisionMatch, PostalHierarchy hierarchy,
                    HierarchySource hierarchySource, String district, String state, StateSource stateSource) {

    /** Where division, region and circle come from. */
    enum HierarchySource {
        /** The office's own row of the 2024 file. */
        OWN_ROW,
        /** The most common of the 2024 rows of the same PIN. */
        SAME_PIN,
        /** The most common of the 2024 rows of the same sorting district (first three PIN digits). */
        SAME_SORTING_DISTRICT,
        /** Nothing; the fields stay empty. */
        NONE
    }

    /** Where the state name comes from, before {@link StateModernizer} brings it up to date. */
    enum StateSource {
        /** The office's own row of the 2024 file. */
        OWN_ROW_2024,
        /** The most common state of the 2024 rows of the same PIN. */
        SAME_PIN_2024,
        /** The 2015 file, with the Telangana district rule. */
        FILE_2015
    }

    int pin() {
        return source.pin();
    }
}
