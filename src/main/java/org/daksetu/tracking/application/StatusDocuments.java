package org.daksetu.tracking.application;

import java.time.Instant;
import java.util.List;

/** Feed entries as an ANSI X12 214 (004010) interchange: one transaction set per article, one LX loop per change. */
public interface StatusDocuments {

    String x12(List<FeedEntry> entries, String receiverId, long controlNumber, Instant createdAt);
}
