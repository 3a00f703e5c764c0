package org.daksetu.tracking.application;

import java.time.Instant;
import java.util.List;

/** A scan kept aside, as it arrived, with why; open until replayed or discarded. */
public record QuarantinedScan(long id, String source, IncomingScan scan, List<String> reasons, Instant receivedAt) {
}
