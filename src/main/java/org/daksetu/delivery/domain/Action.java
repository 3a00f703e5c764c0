package org.daksetu.delivery.domain;

import java.util.Locale;
import org.daksetu.shared.InvalidValueException;

/** What a shipper (or the default) decides after a failed attempt or a hold. */
public enum Action {
    /** Deliver again on a date. */
    REATTEMPT,
    /** Deliver to a corrected address or phone; a new PIN re-routes and re-promises. */
    CHANGE_ADDRESS,
    /** Send it back to the shipper. */
    RETURN;

    public static Action parse(String field, String text) {
        try {
            return valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, String.valueOf(text), "must be REATTEMPT, CHANGE_ADDRESS or RETURN");
        }
    }
}
