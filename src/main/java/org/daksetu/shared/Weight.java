package org.daksetu.shared;

/** A mass in whole grams, above zero. Parcels are weighed and charged in grams. */
public record Weight(int grams) implements Comparable<Weight> {

    public Weight {
        if (grams <= 0) {
            throw new InvalidValueException("weightGrams", String.valueOf(grams), "a weight is above 0 grams");
        }
    }

    public static Weight ofGrams(int grams) {
        return new Weight(grams);
    }

    public static Weight ofKilograms(int kilograms) {
        return new Weight(Math.multiplyExact(kilograms, 1000));
    }

    public static Weight max(Weight a, Weight b) {
        return a.grams >= b.grams ? a : b;
    }

    public boolean isAbove(Weight other) {
        return grams > other.grams;
    }

    @Override
    public int compareTo(Weight other) {
        return Integer.compare(grams, other.grams);
    }

    /** Kilograms with three decimals, as printed on labels and manifests: {@code 1.250 kg}. */
    public String toKilogramString() {
        return grams / 1000 + "." + String.format("%03d", grams % 1000) + " kg";
    }

    @Override
    public String toString() {
        return grams + " g";
    }
}
