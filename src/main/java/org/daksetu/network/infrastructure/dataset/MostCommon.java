package org.daksetu.network.infrastructure.dataset;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The value seen most often; a tie goes to the value that sorts first, so that the answer never depends on input order. */
final class MostCommon {

    private MostCommon() {
    }

    static <T> Optional<T> of(Iterable<T> values, Comparator<? super T> tieBreak) {
        Map<T, Integer> counts = new HashMap<>();
        for (T value : values) {
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        Comparator<Map.Entry<T, Integer>> byCountDescending = Map.Entry.<T, Integer>comparingByValue().reversed();
        return counts.entrySet().stream()
                .min(byCountDescending.thenComparing(Map.Entry::getKey, tieBreak))
                .map(Map.Entry::getKey);
    }
}
