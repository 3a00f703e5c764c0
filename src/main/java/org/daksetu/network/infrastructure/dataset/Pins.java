package org.daksetu.network.infrastructure.dataset;

/** Facts about the six digits of a PIN. */
final class Pins {

    private Pins() {
    }

    /** The first three digits: the sorting district, the smallest area a PIN-less fallback can borrow from. */
    static int sortingDistrict(int pin) {
        return pin / 1000;
    }
}
