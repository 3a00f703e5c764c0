package org.daksetu.network.application;

import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.ServiceRestriction;
import org.daksetu.shared.Progress;

/** The network as stored in PostgreSQL. */
public interface NetworkStore {

    /** Replaces the whole network in one transaction and records the new version. */
    NetworkImportResult replace(NetworkSource source, Progress progress);

    Optional<String> currentVersion();

    /** The version in force and where it was imported from. */
    Optional<ImportedVersion> current();

    record ImportedVersion(String version, String source) {
    }

    List<PostOffice> loadOffices();

    List<ServiceRestriction> loadRestrictions();
}
