package org.daksetu.booking.application;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.daksetu.booking.domain.ArticleSeries;

/**
 * How S10 numbers are handed out (docs/BOOKING.md, "Article numbers").
 *
 * @param country        the ISO country code at the end of every number (IN)
 * @param blockSize      serials a node takes from the database at a time for single bookings
 * @param blockLifetime  how long a node may keep unused serials of a block before dropping them
 * @param reuseAfter     a serial is never handed out again within this period (12 months; UPU recommends 24)
 * @param reservationValidity how long a shipper may book with numbers it reserved
 * @param series         the series per service, in the order they are used
 */
public record ArticleNumberSettings(String country, int blockSize, Duration blockLifetime, Period reuseAfter,
                                    Duration reservationValidity, List<ArticleSeries> series) {
}
