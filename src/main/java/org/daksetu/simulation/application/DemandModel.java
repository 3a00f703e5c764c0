package org.daksetu.simulation.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/**
 * Where parcels go and where they leave from. Demand over PINs follows a documented proxy for
 * population (docs/SIMULATION.md): each PIN weighs by its offices, a head office 40, a sub office 12
 * and a branch (village) office 1, roughly the people each kind of office serves (a city, a town ward,
 * a village), since India Post opens offices where people are. Rural PINs
 * (RuralPolicy) start at 60% of that weight at the partnership's start and reach their full weight
 * 18 months on, as the partnership pushes into villages. A parcel to a PIN leaves from the nearest
 * open pickup point, or with the remaining share from any open one.
 */
final class DemandModel {

    static final LocalDate PARTNERSHIP_START = LocalDate.of(2024, 10, 4);

    private final PinProfile[] urban;
    private final double[] urbanCumulative;
    private final PinProfile[] rural;
    private final double[] ruralCumulative;
    private final Map<String, Map<Integer, Integer>> nearestByActiveSet = new HashMap<>();

    DemandModel(NetworkSnapshot network) {
        List<PinProfile> u = new ArrayList<>();
        List<PinProfile> r = new ArrayList<>();
        for (int pin = 100_000; pin <= 999_999; pin++) {
            var profile = network.profile(new Pin(pin));
            if (profile.isPresent() && profile.get().serviceable()) {
                (profile.get().rural() ? r : u).add(profile.get());
            }
        }
        this.urban = u.toArray(PinProfile[]::new);
        this.rural = r.toArray(PinProfile[]::new);
        this.urbanCumulative = cumulative(urban);
        this.ruralCumulative = cumulative(rural);
    }

    static double weight(PinProfile p) {
        double w = 0;
        for (PostOffice o : p.offices()) {
            w += switch (o.tier()) {
                case HO -> 40;
                case SO -> 12;
                case BO -> 1;
            };
        }
        return w;
    }

    /** How much of their full weight rural PINs carry on a day: 0.6 at the start, 1.0 from 18 months on. */
    static double ruralFactor(LocalDate day) {
        double months = Math.max(0, day.toEpochDay() - PARTNERSHIP_START.toEpochDay()) / 30.44;
        return 0.6 + 0.4 * Math.min(1, months / 18);
    }

    PinProfile destination(SplittableRandom rng, LocalDate day) {
        double ruralMass = ruralCumulative.length == 0 ? 0 : ruralCumulative[ruralCumulative.length - 1] * ruralFactor(day);
        double urbanMass = urbanCumulative.length == 0 ? 0 : urbanCumulative[urbanCumulative.length - 1];
        boolean pickRural = rng.nextDouble() * (ruralMass + urbanMass) < ruralMass;
        return pickRural ? pick(rural, ruralCumulative, rng) : pick(urban, urbanCumulative, rng);
    }

    /** The pickup point a parcel to this PIN leaves from, among the points open on the day. */
    PickupPoint origin(PinProfile to, List<PickupPoint> open, double nearestShare, SplittableRandom rng) {
        if (rng.nextDouble() >= nearestShare) {
            return open.get(rng.nextInt(open.size()));
        }
        String key = open.stream().map(PickupPoint::code).reduce("", (a, b) -> a + "," + b);
        Map<Integer, Integer> nearest = nearestByActiveSet.computeIfAbsent(key, k -> new HashMap<>());
        int index = nearest.computeIfAbsent(to.pin().value(), p -> to.offices().stream().flatMap(o -> o.location().stream()).findFirst()
                .map(at -> nearestIndex(at, open)).orElse(0));
        return open.get(index);
    }

    private static int nearestIndex(GeoPoint at, List<PickupPoint> open) {
        int best = 0;
        double bestKm = Double.MAX_VALUE;
        for (int i = 0; i < open.size(); i++) {
            double km = open.get(i).location().distanceKm(at);
            if (km < bestKm) {
                bestKm = km;
                best = i;
            }
        }
        return best;
    }

    private static PinProfile pick(PinProfile[] pins, double[] cumulative, SplittableRandom rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        return pins[Math.min(i, pins.length - 1)];
    }

    private static double[] cumulative(PinProfile[] pins) {
        double[] c = new double[pins.length];
        double sum = 0;
        for (int i = 0; i < pins.length; i++) {
            sum += weight(pins[i]);
            c[i] = sum;
        }
        return c;
    }

    int pinCount() {
        return urban.length + rural.length;
    }
}
