package org.daksetu.shared;

/**
 * An Indian postal index number: six digits, the first (the postal zone) 1 to 9. The first two
 * digits name the sub-zone, the first three the sorting district (postal-domain.md).
 */
public record Pin(int value) implements Comparable<Pin> {

    public Pin {
        if (value < 100_000 || value > 999_999) {
            throw new InvalidValueException("pin", String.valueOf(value), "a PIN has six digits and does not start with 0");
        }
    }

    /** Parses user input strictly: exactly six ASCII digits, no spaces, first digit not 0. */
    public static Pin parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("pin", String.valueOf(text), "a PIN is required");
        }
        if (text.length() != 6) {
            throw new InvalidValueException("pin", text, "a PIN has exactly six digits");
        }
        int v = 0;
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException("pin", text, "a PIN has only digits");
            }
            v = v * 10 + (c - '0');
        }
        if (text.charAt(0) == '0') {
            throw new InvalidValueException("pin", text, "a PIN does not start with 0");
        }
        return new Pin(v);
    }

    public int zone() {
        return value / 100_000;
    }

    public int sortingDistrict() {
        return value / 1000;
    }

    @Override
    public int compareTo(Pin other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
