package org.daksetu.cod.domain;

import java.util.Locale;
import org.daksetu.shared.InvalidValueException;

/** How the consignee paid at the door. */
public enum CollectionMode {
    CASH, UPI;

    public static CollectionMode parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, String.valueOf(text), "is required: CASH or UPI");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, text, "must be CASH or UPI");
        }
    }
}
