package org.daksetu.booking.domain;

import org.daksetu.shared.InvalidValueException;

/**
 * An Indian mobile number: ten digits, the first 6, 7, 8 or 9 (the numbering plan's mobile
 * series). Written forms with +91, 91 or a trunk 0 in front, spaces, hyphens or brackets are
 * accepted and kept as the ten digits; the delivery OTP and the postman's call go to it.
 */
public record IndianMobile(String digits) {

    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("[6-9][0-9]{9}");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s()\\-]");

    static final String RULE = "an Indian mobile number has 10 digits starting with 6, 7, 8 or 9 (optionally after +91 or 0)";

    public IndianMobile {
        if (digits == null || !MOBILE.matcher(digits).matches()) {
            throw new InvalidValueException("phone", String.valueOf(digits), RULE);
        }
    }

    public static IndianMobile parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, String.valueOf(text), "is required: " + RULE);
        }
        String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (compact.startsWith("+91")) {
            compact = compact.substring(3);
        } else if (compact.length() == 12 && compact.startsWith("91")) {
            compact = compact.substring(2);
        } else if (compact.length() == 11 && compact.startsWith("0")) {
            compact = compact.substring(1);
        }
        if (!MOBILE.matcher(compact).matches()) {
            throw new InvalidValueException(field, text, RULE);
        }
        return new IndianMobile(compact);
    }

    /** The number with the last five digits hidden, for pages a third party may see. */
    public String masked() {
        return digits.substring(0, 5) + "XXXXX";
    }

    @Override
    public String toString() {
        return "+91 " + digits.substring(0, 5) + " " + digits.substring(5);
    }
}
