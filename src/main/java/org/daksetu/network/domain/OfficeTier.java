package org.daksetu.network.domain;

/** Where an office stands in the postal hierarchy: head office, sub office, branch office. */
public enum OfficeTier {
    HO("Head office"),
    SO("Sub office"),
    BO("Branch office");

    private final String description;

    OfficeTier(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
