package org.daksetu.tracking.application;

import java.util.List;

/**
 * The outcome of one intake request. {@code received = accepted + duplicates + rejected}: every
 * scan is accounted for; the rejected ones are in quarantine.
 */
public record IntakeReport(int received, int accepted, int duplicates, int appliedToArticles, List<Rejection> rejections) {

    public int rejected() {
        return rejections.size();
    }
}
