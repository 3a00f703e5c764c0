package org.daksetu.booking.domain;

import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;

/**
 * The physical and money limits a parcel must keep to be booked (docs/BOOKING.md says where each
 * comes from). They are India Post's published limits where there is one, and a typo guard
 * otherwise.
 */
public final class BookingLimits {

    private BookingLimits() {
    }

    /** Speed Post and Business Parcel both take parcels up to 35 kg. */
    public static final Weight MAX_WEIGHT = Weight.ofKilograms(35);
    /** India Post's parcel limit: 1.5 m for the longest side. */
    public static final int MAX_LONGEST_SIDE_CM = 150;
    /** India Post's parcel limit: length plus girth at most 3 m. */
    public static final int MAX_LENGTH_PLUS_GIRTH_CM = 300;
    /** COD is at most ₹50,000 per article, in whole rupees (postal-domain.md). */
    public static final Money MAX_COD = Money.ofRupees(50_000);
    /** A typo guard: a declared value above ₹10 lakh is a slip of the keyboard, not a parcel. */
    public static final Money MAX_DECLARED_VALUE = Money.ofRupees(10_00_000);
    public static final int MAX_ORDER_REFERENCE = 64;
    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS_LINE = 200;
    public static final int MAX_CITY = 60;
}
