package org.daksetu.booking.domain;

/** Where a rate of a tariff sheet comes from: postal-domain.md's [V], [S] and [U]. */
public enum RateBasis {
    /** Checked in a primary source (India Post's published tariff). */
    PUBLISHED,
    /** From secondary sources only. */
    SECONDARY,
    /** Not published: a documented assumption, to be replaced by a new tariff version when known. */
    ASSUMPTION
}
