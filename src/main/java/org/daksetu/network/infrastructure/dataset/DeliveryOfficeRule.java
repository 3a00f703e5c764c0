package org.daksetu.network.infrastructure.dataset;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the office that delivers for a PIN; every office of the PIN then points at it.
 *
 * <ol>
 *   <li>Candidates are the PIN's head and sub offices; a PIN with branch offices only takes those.</li>
 *   <li>Offices marked non-delivery (ND, TSO, NDTSO) drop out, unless nothing else is left.</li>
 *   <li>A head office wins over sub offices: a head office's own PIN is delivered by it.</li>
 *   <li>Several left: the one whose GeoNames place lies nearest to the centroid of the PIN's GeoNames
 *       places (an office placed only at a centroid has no place of its own and ranks after those that
 *       have one), then the first by name key, then the lowest office id.</li>
 * </ol>
 */
final class DeliveryOfficeRule {

    /** An office of the PIN as the rule sees it; {@code place} is its own GeoNames point, or null. */
    record Candidate(long officeId, Tier tier, boolean nonDelivery, String nameKey, Coordinates place) {
    }

    enum Reason {
        /** One office was left after steps 1–3. */
        ONE_CANDIDATE,
        /** Step 4, decided by distance to the PIN centroid. */
        NEAREST_TO_PIN_CENTROID,
        /**
         * Step 4, decided by name: no candidate had a place of its own, the PIN had no centroid, or the
         * nearest were equally near (GeoNames often puts all places of a PIN on one point).
         */
        BY_NAME
    }

    record Decision(long officeId, Tier tier, Reason reason, boolean nonDeliveryOfficesSkipped) {
    }

    Decision choose(List<Candidate> officesOfPin, Optional<Coordinates> pinCentroid) {
        if (officesOfPin.isEmpty()) {
            throw new IllegalArgumentException("A PIN without offices has no delivery office");
        }
        List<Candidate> candidates = keepIfAny(officesOfPin, c -> c.tier() != Tier.BO);
        List<Candidate> delivering = keepIfAny(candidates, c -> !c.nonDelivery());
        boolean skipped = delivering.size() < candidates.size();
        candidates = keepIfAny(delivering, c -> c.tier() == Tier.HO);
        if (candidates.size() == 1) {
            return decision(candidates.get(0), Reason.ONE_CANDIDATE, skipped);
        }
        List<Candidate> ranked = candidates.stream().sorted(order(pinCentroid)).toList();
        boolean decidedByDistance = pinCentroid.isPresent()
                && distance(ranked.get(0), pinCentroid.get()) < distance(ranked.get(1), pinCentroid.get());
        return decision(ranked.get(0), decidedByDistance ? Reason.NEAREST_TO_PIN_CENTROID : Reason.BY_NAME, skipped);
    }

    private static Comparator<Candidate> order(Optional<Coordinates> pinCentroid) {
        Comparator<Candidate> byName = Comparator.comparing(Candidate::nameKey).thenComparingLong(Candidate::officeId);
        if (pinCentroid.isEmpty()) {
            return byName;
        }
        return Comparator.comparingDouble((Candidate c) -> distance(c, pinCentroid.get())).thenComparing(byName);
    }

    private static double distance(Candidate candidate, Coordinates pinCentroid) {
        return candidate.place() == null ? Double.POSITIVE_INFINITY : candidate.place().squaredDistanceTo(pinCentroid);
    }

    private static List<Candidate> keepIfAny(List<Candidate> offices, Predicate<Candidate> wanted) {
        List<Candidate> kept = offices.stream().filter(wanted).toList();
        return kept.isEmpty() ? offices : kept;
    }

    private static Decision decision(Candidate chosen, Reason reason, boolean skipped) {
        return new Decision(chosen.officeId(), chosen.tier(), reason, skipped);
    }
}
