package org.daksetu.booking.domain;

import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;

/**
 * The physical and money limits a parcel must keep to be booked (docs/BOOKING.md says where each
 * comes from): India Post's published limits where the reference gives one, a stated assumption
 * for the size, and a typo guard for the declared value.
 */
public final class BookingLimits {

    private BookingLimits() {
    }

    /** Speed Post and Business Parcel both take parcels up to 35 kg. */
    public static final Weight MAX_WEIGHT = Weight.ofKilograms(35);
    /** Assumed (the reference gives no size limit): 1.5 m for the longest side, as UPU parcel rules and Indian couriers use. */
    public static final int MAX_LONGEST_SIDE_CM = 150;
    /** Assumed likewise: length plus girth at most 3 m. */
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
