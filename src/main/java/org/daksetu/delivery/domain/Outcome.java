package org.daksetu.delivery.domain;

import java.util.Locale;
import org.daksetu.shared.InvalidValueException;

/** How a delivery attempt ended. */
public enum Outcome {
    DELIVERED, NOT_DELIVERED, HELD;

    public static Outcome parse(String field, String text) {
        try {
            return valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, String.valueOf(text), "must be DELIVERED, NOT_DELIVERED or HELD");
        }
    }
}
