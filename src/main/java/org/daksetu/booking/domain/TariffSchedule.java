package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every tariff version, each in force from its effective date until the next one's. */
public record TariffSchedule(List<TariffVersion> versions) {

    public TariffSchedule {
        versions = versions.stream().sorted(Comparator.comparing(TariffVersion::effectiveFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).effectiveFrom().equals(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("tariffs " + versions.get(i - 1).id() + " and " + versions.get(i).id()
                        + " take effect on the same day " + versions.get(i).effectiveFrom());
            }
        }
    }

    /** The version in force on a day: the latest whose effective date is not after it. */
    public Optional<TariffVersion> inForceOn(LocalDate day) {
        TariffVersion found = null;
        for (TariffVersion v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<TariffVersion> version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
