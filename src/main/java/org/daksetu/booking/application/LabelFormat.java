package org.daksetu.booking.application;

import java.util.Locale;
import org.daksetu.shared.InvalidValueException;

/** A 4×6 inch PDF page per label, or ZPL for thermal printers (203 dpi). */
public enum LabelFormat {
    PDF, ZPL;

    public static LabelFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("format", text, "is pdf or zpl");
        }
    }
}
