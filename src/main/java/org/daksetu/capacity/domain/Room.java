package org.daksetu.capacity.domain;

/** Room on a departure, in bags and in kilograms: a bag fits only when both allow it. */
public record Room(int bags, int kg) {

    public static final Room NONE = new Room(0, 0);

    public Room {
        if (bags < 0 || kg < 0) {
            throw new IllegalArgumentException("room is never negative: " + bags + " bags, " + kg + " kg");
        }
    }

    public boolean fits(int bagKg) {
        return bags >= 1 && kg >= bagKg;
    }

    public Room take(int bagKg) {
        if (!fits(bagKg)) {
            throw new IllegalStateException("a bag of " + bagKg + " kg does not fit in " + this);
        }
        return new Room(bags - 1, kg - bagKg);
    }

    /** What is left after some is used; never below nothing (a lane whose capacity was lowered under its load). */
    public Room minus(int usedBags, int usedKg) {
        return new Room(Math.max(0, bags - usedBags), Math.max(0, kg - usedKg));
    }

    public Room plus(Room other) {
        return new Room(bags + other.bags, kg + other.kg);
    }
}
