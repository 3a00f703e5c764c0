package org.daksetu.booking.domain;

/** Where a series stands: the next serial to hand out and the cycle it is in. */
public record SeriesPosition(ArticleSeries series, int nextSerial, int cycle) {

    public int leftInCycle() {
        return Math.max(0, series.lastSerial() - nextSerial + 1);
    }
}
