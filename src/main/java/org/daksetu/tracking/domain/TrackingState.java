package org.daksetu.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything tracking says about an article, derived again from its whole history. */
public record TrackingState(
        ArticleNumber article,
        TrackingStatus status,
        Optional<String> location,
        Optional<ScanEvent> lastEvent,
        Optional<NextStep> nextStep,
        boolean misrouted,
        LocalDate edd,
        Optional<LocalDate> revisedEdd,
        int deliveryAttempts,
        int events,
        List<Anomaly> anomalies) {

    public TrackingState {
        anomalies = List.copyOf(anomalies);
    }
}
