package org.daksetu.tracking.domain;

import org.daksetu.shared.InvalidValueException;

/**
 * A UPU S10 item identifier as tracking knows it: two letters of service indicator, an eight-digit
 * serial, a check digit (weights 8,6,4,2,3,5,9,7; C = 11 - S mod 11, 10 gives 0, 11 gives 5) and a
 * two-letter ISO country code. Tracking keeps its own copy of the rule so it depends on no other
 * context's code; booking allocates the numbers.
 */
public record ArticleNumber(String value) implements Comparable<ArticleNumber> {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    public ArticleNumber {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("article", String.valueOf(value), "an article number is required");
        }
        if (value.length() != 13) {
            throw new InvalidValueException("article", value, "an S10 article number has 13 characters (e.g. EE123456785IN)");
        }
        if (!letters(value, 0) || !letters(value, 11)) {
            throw new InvalidValueException("article", value, "an S10 article number starts and ends with two capital letters");
        }
        for (int i = 2; i < 11; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw new InvalidValueException("article", value, "characters 3 to 11 of an S10 article number are digits");
            }
        }
        int expected = checkDigit(value.substring(2, 10));
        if (value.charAt(10) - '0' != expected) {
            throw new InvalidValueException("article", value, "the check digit should be " + expected);
        }
    }

    public static ArticleNumber parse(String text) {
        return new ArticleNumber(text == null ? null : text.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The S10 check digit of an eight-digit serial. */
    public static int checkDigit(String serial) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 0 : c == 11 ? 5 : c;
    }

    /** Builds a valid number from its parts; for fixtures, simulators and benchmarks. */
    public static ArticleNumber of(String service, long serial, String country) {
        String digits = String.format("%08d", serial);
        return new ArticleNumber(service + digits + checkDigit(digits) + country);
    }

    private static boolean letters(String s, int at) {
        return isUpper(s.charAt(at)) && isUpper(s.charAt(at + 1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    @Override
    public int compareTo(ArticleNumber o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
