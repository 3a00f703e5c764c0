package org.daksetu.network.application;

import java.time.LocalDate;

/** What an admin sends to add or change a pickup point; every field is checked by {@link PickupPoints}. */
public record PickupPointDraft(
        String code,
        String name,
        String city,
        String address,
        String pin,
        Double latitude,
        Double longitude,
        LocalDate openedOn) {
}
