package org.daksetu.simulation.domain;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Why a simulated attempt fails: India Post's non-delivery reasons (postal-domain.md) with
 * assumed weights (docs/SIMULATION.md: the reference gives the codes, not their frequencies).
 * Refusals weigh more on cash-on-delivery parcels, where the buyer can still say no at the door.
 * Some reasons end the delivery at once: the shipper's instruction is then to return the parcel.
 */
public final class NonDeliveryModel {

    record Weighted(String code, double weight, boolean endsDelivery) {
    }

    static final List<Weighted> REASONS = List.of(
            new Weighted("01", 0.28, false),  // door locked
            new Weighted("08", 0.24, false),  // addressee absent
            new Weighted("09", 0.12, true),   // refused
            new Weighted("06", 0.10, false),  // insufficient address
            new Weighted("07", 0.07, false),  // addressee cannot be located
            new Weighted("11", 0.05, false),  // addressee left without instructions
            new Weighted("02", 0.04, true),   // addressee moved
            new Weighted("05", 0.03, false),  // local holiday
            new Weighted("14", 0.03, true),   // no such person
            new Weighted("15", 0.02, false),  // office closed
            new Weighted("03", 0.02, false)); // on addressee's instructions

    static final double COD_REFUSAL_FACTOR = 1.6;

    private NonDeliveryModel() {
    }

    public static String draw(SplittableRandom rng, boolean cod) {
        double total = 0;
        for (Weighted w : REASONS) {
            total += weight(w, cod);
        }
        double x = rng.nextDouble() * total;
        for (Weighted w : REASONS) {
            x -= weight(w, cod);
            if (x < 0) {
                return w.code();
            }
        }
        return REASONS.getLast().code();
    }

    /** Whether the shipper, told of this reason, has the parcel returned rather than re-attempted. */
    public static boolean endsDelivery(String code) {
        return REASONS.stream().anyMatch(w -> w.code().equals(code) && w.endsDelivery());
    }

    private static double weight(Weighted w, boolean cod) {
        return cod && w.code().equals("09") ? w.weight() * COD_REFUSAL_FACTOR : w.weight();
    }
}
