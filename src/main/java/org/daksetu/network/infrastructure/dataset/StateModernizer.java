package org.daksetu.network.infrastructure.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a source's state name into today's state or union territory, spelled one way.
 *
 * <ol>
 *   <li>Spelling: "&amp;" becomes "and", capitals become title case, and the old or short names get
 *       today's: Pondicherry → Puducherry, Orissa → Odisha, Uttaranchal → Uttarakhand, Chattisgarh →
 *       Chhattisgarh, Andaman &amp; Nicobar → Andaman and Nicobar Islands.</li>
 *   <li>Dadra &amp; Nagar Haveli and Daman &amp; Diu are one union territory since 26 January 2020.</li>
 *   <li>Telangana (2 June 2014): an office the 2015 file puts in Andhra Pradesh is in Telangana when its
 *       district is one of the ten districts Telangana was formed from. Only for the 2015 file: the
 *       2024 file already names Telangana, and where it says Andhra Pradesh it is trusted.</li>
 *   <li>Ladakh (31 October 2019): Leh and Kargil districts leave Jammu and Kashmir. Both files still
 *       list them under Jammu &amp; Kashmir, so this applies to either.</li>
 * </ol>
 */
final class StateModernizer {

    static final String TELANGANA = "Telangana";
    static final String LADAKH = "Ladakh";
    static final String DNH_AND_DD = "Dadra and Nagar Haveli and Daman and Diu";

    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("andaman and nicobar", "Andaman and Nicobar Islands"),
            Map.entry("andaman and nicobar islands", "Andaman and Nicobar Islands"),
            Map.entry("pondicherry", "Puducherry"),
            Map.entry("orissa", "Odisha"),
            Map.entry("uttaranchal", "Uttarakhand"),
            Map.entry("chattisgarh", "Chhattisgarh"),
            Map.entry("chhatisgarh", "Chhattisgarh"),
            Map.entry("tamilnadu", "Tamil Nadu"),
            Map.entry("jammu and kashmir", "Jammu and Kashmir"),
            Map.entry("dadra and nagar haveli", DNH_AND_DD),
            Map.entry("daman and diu", DNH_AND_DD),
            Map.entry("dadra and nagar haveli and daman and diu", DNH_AND_DD),
            Map.entry("delhi", "Delhi"),
            Map.entry("nct of delhi", "Delhi"));

    // The ten districts of Andhra Pradesh that formed Telangana, as the 2015 file spells them, compacted.
    private static final Set<String> TELANGANA_DISTRICTS = Set.of(
            "adilabad", "hyderabad", "karimnagar", "khammam", "mahabubnagar", "mahbubnagar", "medak",
            "nalgonda", "nizamabad", "rangareddy", "rangareddi", "kvrangareddy", "warangal");
    private static final Set<String> LADAKH_DISTRICTS = Set.of("leh", "lehladakh", "ladakh", "kargil");

    private static final Set<String> LOWER_CASE_WORDS = Set.of("and", "of");

    /**
     * @param sourceState   the state a source gives for the office
     * @param district      the office's district, as the same source gives it
     * @param from2015Source whether the state comes from the 2015 file, the one that predates Telangana
     */
    String modernize(String sourceState, String district, boolean from2015Source) {
        String state = spell(sourceState);
        String districtKey = compact(district);
        if (from2015Source && state.equals("Andhra Pradesh") && TELANGANA_DISTRICTS.contains(districtKey)) {
            return TELANGANA;
        }
        if (state.equals("Jammu and Kashmir") && LADAKH_DISTRICTS.contains(districtKey)) {
            return LADAKH;
        }
        return state;
    }

    String spell(String sourceState) {
        String words = Fields.clean(sourceState).replace("&", " and ").toLowerCase(Locale.ROOT);
        String key = Fields.clean(words);
        if (key.isEmpty()) {
            return "";
        }
        return RENAMED.getOrDefault(key, titleCase(key));
    }

    private static String titleCase(String lowerCase) {
        return Arrays.stream(lowerCase.split(" "))
                .map(w -> LOWER_CASE_WORDS.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static String compact(String district) {
        return NameKeys.exact(district == null ? "" : district).replace(" ", "");
    }
}
