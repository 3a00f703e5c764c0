package org.daksetu.booking.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.daksetu.shared.InvalidValueException;

/** The India Post products a shipper books parcels on. */
public enum Service {
    SPEED_POST_PARCEL("Speed Post Parcel"),
    BUSINESS_PARCEL("Business Parcel");

    private final String label;

    Service(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Service parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, String.valueOf(text), "is required: one of " + names());
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, text, "must be one of " + names());
        }
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
