package org.daksetu.booking.domain;

/** "Up to N grams: these rates", one line of a tariff table. */
public record WeightSlab(int upToGrams, ZoneRates rates, RateBasis basis, String note) {
}
