package org.daksetu.shared;

/**
 * An amount of Indian rupees, held exactly in paise (1 rupee = 100 paise). There is no floating
 * point anywhere: percentages are given in basis points and rounded half up to the paisa, which
 * is how GST and fees are rounded on an invoice line.
 */
public record Money(long paise) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final java.util.regex.Pattern RUPEES = java.util.regex.Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,2})?");

    public static Money ofPaise(long paise) {
        return new Money(paise);
    }

    public static Money ofRupees(long rupees) {
        return new Money(Math.multiplyExact(rupees, 100));
    }

    /**
     * Parses rupees written as digits with at most two decimals ("499", "499.5", "499.50").
     * Anything else (signs, grouping commas, exponents, three decimals) is refused, naming the text.
     */
    public static Money parseRupees(String field, String text) {
        if (text == null || !RUPEES.matcher(text).matches()) {
            throw new InvalidValueException(field, String.valueOf(text),
                    "an amount of rupees has digits and at most two decimals, like 499 or 499.50");
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return ofRupees(Long.parseLong(text));
        }
        String decimals = (text.substring(dot + 1) + "0").substring(0, 2);
        return new Money(Long.parseLong(text.substring(0, dot)) * 100 + Integer.parseInt(decimals));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(paise, other.paise));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(paise, other.paise));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(paise, factor));
    }

    /** This amount times {@code basisPoints}/10,000, rounded half up to the paisa (1,800 bp = 18%). */
    public Money percent(int basisPoints) {
        if (basisPoints < 0) {
            throw new InvalidValueException("basisPoints", String.valueOf(basisPoints), "a rate is not negative");
        }
        long product = Math.multiplyExact(paise, (long) basisPoints);
        long rounded = product >= 0 ? (product + 5_000) / 10_000 : -((-product + 5_000) / 10_000);
        return new Money(rounded);
    }

    public boolean isWholeRupees() {
        return paise % 100 == 0;
    }

    public boolean isZero() {
        return paise == 0;
    }

    public boolean isPositive() {
        return paise > 0;
    }

    public boolean isGreaterThan(Money other) {
        return paise > other.paise;
    }

    public static Money max(Money a, Money b) {
        return a.paise >= b.paise ? a : b;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(paise, other.paise);
    }

    /** Rupees with two decimals and Indian digit grouping (lakh, crore): {@code 1,23,456.50}. */
    public String toRupeeString() {
        long abs = Math.abs(paise);
        String rupees = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        int n = rupees.length();
        if (n <= 3) {
            grouped.append(rupees);
        } else {
            String head = rupees.substring(0, n - 3);
            int first = head.length() % 2 == 0 ? 2 : 1;
            grouped.append(head, 0, first);
            for (int i = first; i < head.length(); i += 2) {
                grouped.append(',').append(head, i, i + 2);
            }
            grouped.append(',').append(rupees, n - 3, n);
        }
        long decimals = abs % 100;
        return (paise < 0 ? "-" : "") + grouped + "." + (decimals < 10 ? "0" : "") + decimals;
    }

    @Override
    public String toString() {
        return "₹" + toRupeeString();
    }
}
