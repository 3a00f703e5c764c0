package org.daksetu.shared;

/**
 * A UPU S10 item identifier: two letters of service indicator, an eight-digit serial number, a
 * check digit and the two-letter ISO country code, e.g. {@code EK123456785IN}. The check digit is
 * computed with the weights 8 6 4 2 3 5 9 7 over the serial: C = 11 - (S mod 11), where 10 gives
 * 0 and 11 gives 5 (postal-domain.md).
 */
public record ArticleNumber(String value) implements Comparable<ArticleNumber> {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
    public static final int MAX_SERIAL = 99_999_999;

    public ArticleNumber {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidValueException("articleNumber", String.valueOf(value), problem);
        }
    }

    /** Parses user input: surrounding spaces are dropped and letters may be in either case. */
    public static ArticleNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("articleNumber", String.valueOf(text), "an article number is required");
        }
        return new ArticleNumber(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern TWO_CAPITALS = java.util.regex.Pattern.compile("[A-Z]{2}");

    /** The number of a serial in a series: its check digit is computed. */
    public static ArticleNumber of(String serviceIndicator, int serial, String country) {
        if (serviceIndicator == null || !TWO_CAPITALS.matcher(serviceIndicator).matches()) {
            throw new InvalidValueException("serviceIndicator", String.valueOf(serviceIndicator), "two capital letters");
        }
        if (country == null || !TWO_CAPITALS.matcher(country).matches()) {
            throw new InvalidValueException("country", String.valueOf(country), "a two-letter ISO country code");
        }
        return new ArticleNumber(serviceIndicator + serialText(serial) + checkDigit(serial) + country);
    }

    /** The S10 check digit of an eight-digit serial. */
    public static int checkDigit(int serial) {
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new InvalidValueException("serial", String.valueOf(serial), "a serial has eight digits (0 to 99999999)");
        }
        int sum = 0;
        for (int i = 7; i >= 0; i--) {
            sum += (serial % 10) * WEIGHTS[i];
            serial /= 10;
        }
        int c = 11 - sum % 11;
        return c == 10 ? 0 : c == 11 ? 5 : c;
    }

    static String serialText(int serial) {
        String digits = Integer.toString(serial);
        return "00000000".substring(digits.length()) + digits;
    }

    /** What is wrong with a text as an S10 number, or null when nothing is. */
    public static String problem(String text) {
        if (text == null || text.length() != 13) {
            return "an S10 article number has 13 characters: 2 letters, 8 digits, a check digit and 2 letters";
        }
        for (int i = 0; i < 13; i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if ((i < 2 || i > 10) ? !letter : !digit) {
                return "character " + (i + 1) + " ('" + c + "') must be " + ((i < 2 || i > 10) ? "a capital letter" : "a digit");
            }
        }
        int serial = Integer.parseInt(text.substring(2, 10));
        int expected = checkDigit(serial);
        if (text.charAt(10) - '0' != expected) {
            return "the check digit is " + text.charAt(10) + " but the serial " + text.substring(2, 10) + " needs " + expected;
        }
        return null;
    }

    public String serviceIndicator() {
        return value.substring(0, 2);
    }

    public int serial() {
        return Integer.parseInt(value.substring(2, 10));
    }

    public int checkDigit() {
        return value.charAt(10) - '0';
    }

    public String country() {
        return value.substring(11);
    }

    @Override
    public int compareTo(ArticleNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
