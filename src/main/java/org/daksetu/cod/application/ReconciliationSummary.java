package org.daksetu.cod.application;

/** How many COD articles (and how much money) stand at each stage. */
public record ReconciliationSummary(long booked, long delivered, long collected, long remitted, long confirmed, long cancelled,
                                    long bookedPaise, long collectedPaise, long remittedPaise, long confirmedPaise) {
}
