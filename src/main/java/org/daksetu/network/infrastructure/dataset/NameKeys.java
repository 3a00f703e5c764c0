package org.daksetu.network.infrastructure.dataset;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The keys that join an office across the three sources. The sources spell the same office with
 * different case, spacing and punctuation ("Sector 27(Chandigarh)" and "Sector 27 (Chandigarh)"),
 * and some keep an office-type word in the name that others drop ("Dumrawan SO", "Chethy GD").
 */
final class NameKeys {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIACRITIC = Pattern.compile("\\p{M}+");

    // Office-type words: B.O / S.O / H.O / P.O / G.P.O, Extra-Departmental and Gramin Dak Sevak branch
    // offices (ED, GDS, GD) and the non-delivery / town sub office marks (ND, TSO, NDTSO, DTSO).
    private static final Set<String> OFFICE_TYPE_WORDS =
            Set.of("bo", "so", "ho", "po", "gpo", "ed", "gds", "gd", "nd", "tso", "ndtso", "dtso", "ndso");

    private NameKeys() {
    }

    /** Lower case, accents and punctuation dropped, words separated by one space. */
    static String exact(String name) {
        String folded = DIACRITIC.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * A looser key for a second join attempt: office-type words dropped and the words run together,
     * so that "Thygarayanagar South ND" meets "Thygarayanagar South" and "Kadugodi Extention SO" meets
     * "Kadugodi Extention". Only used when the exact key found nothing and the loose key is unique.
     */
    static String loose(String name) {
        String exact = exact(name);
        String kept = Arrays.stream(exact.split(" "))
                .filter(word -> !OFFICE_TYPE_WORDS.contains(word))
                .collect(Collectors.joining());
        return kept.isEmpty() ? exact.replace(" ", "") : kept;
    }
}
