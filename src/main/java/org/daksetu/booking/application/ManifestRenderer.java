package org.daksetu.booking.application;

import java.util.List;
import org.daksetu.booking.domain.Manifest;

/** The manifest as the two sides sign it (PDF) and as spreadsheets read it (CSV). */
public interface ManifestRenderer {

    byte[] pdf(Manifest manifest, List<String> missing);

    String csv(Manifest manifest);
}
