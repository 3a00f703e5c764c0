package org.daksetu.booking.domain;

/** "For each further N grams or part of it: these rates", the line after the last slab. */
public record AdditionalWeight(int stepGrams, ZoneRates rates, RateBasis basis, String note) {
}
