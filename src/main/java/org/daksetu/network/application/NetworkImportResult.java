package org.daksetu.network.application;

import java.time.Duration;

/** What one import of the network dataset did. */
public record NetworkImportResult(String version, int offices, int pins, int restrictions, Duration duration) {
}
