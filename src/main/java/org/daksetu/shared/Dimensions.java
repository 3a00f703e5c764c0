package org.daksetu.shared;

/**
 * The outer size of a parcel in whole centimetres: length, breadth and height, each above 0 and
 * at most 10 m (anything larger is a typo, not a parcel). Whether a carrier takes the parcel is
 * its own rule; this type only guarantees a real box.
 */
public record Dimensions(int lengthCm, int breadthCm, int heightCm) {

    public static final int MAX_SIDE_CM = 1_000;

    public Dimensions {
        side("dimensions.lengthCm", lengthCm);
        side("dimensions.breadthCm", breadthCm);
        side("dimensions.heightCm", heightCm);
    }

    private static void side(String field, int cm) {
        if (cm <= 0 || cm > MAX_SIDE_CM) {
            throw new InvalidValueException(field, String.valueOf(cm), "a side is above 0 and at most " + MAX_SIDE_CM + " cm");
        }
    }

    public long volumeCm3() {
        return (long) lengthCm * breadthCm * heightCm;
    }

    public int longestSideCm() {
        return Math.max(lengthCm, Math.max(breadthCm, heightCm));
    }

    /** Length (the longest side) plus girth (twice the sum of the two other sides). */
    public int lengthPlusGirthCm() {
        int longest = longestSideCm();
        return longest + 2 * (lengthCm + breadthCm + heightCm - longest);
    }

    /**
     * The volumetric weight: L×B×H (cm³) / divisor kilograms, i.e. L×B×H×1000 / divisor grams,
     * rounded up to the gram so that it is never under-charged.
     */
    public Weight volumetricWeight(int divisor) {
        if (divisor <= 0) {
            throw new InvalidValueException("volumetricDivisor", String.valueOf(divisor), "a divisor is above 0");
        }
        long grams = Math.ceilDiv(Math.multiplyExact(volumeCm3(), 1000L), divisor);
        return new Weight((int) Math.min(grams, Integer.MAX_VALUE));
    }

    @Override
    public String toString() {
        return lengthCm + "×" + breadthCm + "×" + heightCm + " cm";
    }
}
