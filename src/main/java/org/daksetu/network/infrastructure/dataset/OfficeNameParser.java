package org.daksetu.network.infrastructure.dataset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tier out of a 2015 office name ("Bhainsa S.O (Adilabad)" is the sub office
 * "Bhainsa (Adilabad)") and strips it from the name.
 *
 * <p>Rules, in the order they are tried against the end of the name (case is ignored):
 * <ol>
 *   <li>{@code T.S.O}, {@code TSO}, optionally after {@code ND}/{@code N.D} ("Upleta ND T.S.O",
 *       "Puttaparthy Main Bazar NDTSO"): a town sub office, tier SO, non-delivery. An ND in front
 *       stays in the name as the word "ND", so the reader still sees it.</li>
 *   <li>{@code G.P.O}, {@code GPO}: the General Post Office of a city, tier HO.</li>
 *   <li>{@code H.O}: head office.</li>
 *   <li>{@code S.O}, {@code S. O}, {@code SO}, {@code S O}: sub office.</li>
 *   <li>{@code B.O}: branch office. An {@code ED} or {@code GDS} in front ("Kochuramapuram EDB.O",
 *       "Muwani GDS B.O") names the same tier (Extra-Departmental, the old name, and Gramin Dak
 *       Sevak branch office) and is stripped with it. {@code GD} is not: "7 Gd B.O" is a village
 *       named after a canal distributary.</li>
 * </ol>
 * Dotted suffixes may be glued to the name ("DheolaB.O", "Sector 27(Chandigarh)S.O"); undotted ones
 * need a space, or names such as "Potso" would lose letters. A "(district)" after the suffix stays in
 * the name, as the 2024 file writes it ("Mohan Nagar (Nagpur)"); a suffix left inside the name before
 * such a group by a truncated source field ("Naya Tola S.O (MuzaffarpB.O") is removed, the last suffix
 * giving the tier. A repeated suffix ("Edanad B.O B.O") is stripped again.
 *
 * <p>A name without any suffix (41 in the 2015 file, e.g. "Kharmanchak", "Khairaput", "Crossing
 * Republik") is taken as a sub office: branch offices carry their "B.O" consistently in the source,
 * and these are mostly the only office of their PIN or town offices opened shortly before 2015.
 *
 * <p>The words ND, TSO, DTSO, NDTSO anywhere in the name ("Musheerabad (ND) S.O", "Walgaon Road Tso
 * Amravati S.O") mark a non-delivery office whatever its tier.
 */
final class OfficeNameParser {

    private record Suffix(Pattern pattern, Tier tier, boolean townSubOffice) {
    }

    /** One suffix taken off the end. */
    private record Stripped(String remaining, Tier tier, boolean regular, boolean townSubOffice,
                            boolean nonDeliveryMark) {
    }

    /** All suffixes taken off; tier and form are those of the last suffix of the raw name. */
    private record Peeled(String name, Tier tier, boolean regular, boolean townSubOffice) {
    }

    // Order matters: T.S.O ends like S.O, and G.P.O ends like a bare "P.O".
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix(Pattern.compile("(?i)\\s+(?<nd>N\\.?\\s?D\\.?\\s?)?(?:T\\.\\s?S\\.\\s?O\\.?|TSO)$"),
                    Tier.SO, true),
            new Suffix(Pattern.compile("(?i)(?:\\s*G\\.\\s?P\\.\\s?O\\.?|\\s+GPO)$"), Tier.HO, false),
            new Suffix(Pattern.compile("(?i)\\s*H\\.\\s?O\\.?$"), Tier.HO, false),
            new Suffix(Pattern.compile("(?i)(?:\\s*S\\.\\s?O\\.?|\\s+S\\s?O)$"), Tier.SO, false),
            new Suffix(Pattern.compile("(?i)\\s*(?:\\b(?:ED|GDS)\\s?)?B\\.\\s?O\\.?$"), Tier.BO, false));

    // What the directory writes most of the time: a space, then the dotted suffix in capitals.
    private static final Pattern REGULAR = Pattern.compile("\\s(?:B|S|H|G\\.P)\\.O\\.?");
    // A name cut short in the source and given a new suffix: "Naya Tola S.O (MuzaffarpB.O".
    private static final Pattern EMBEDDED_SUFFIX = Pattern.compile("\\s+[BSH]\\.O\\.?(?=\\s*\\()");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s()]+");
    private static final Set<String> NON_DELIVERY_WORDS = Set.of("ND", "NDTSO", "TSO", "DTSO", "NDSO", "NDBO");

    ParsedOfficeName parse(String rawName) {
        String cleaned = dropSurplusClosingParentheses(Fields.clean(rawName));
        Optional<Peeled> peeled = peelSuffixes(cleaned);
        if (peeled.isEmpty()) {
            return new ParsedOfficeName(cleaned, Tier.SO, ParsedOfficeName.Evidence.NO_SUFFIX,
                    hasNonDeliveryWord(cleaned));
        }
        Peeled p = peeled.get();
        Matcher embedded = EMBEDDED_SUFFIX.matcher(p.name());
        boolean truncated = embedded.find();
        String name = truncated ? Fields.clean(embedded.replaceAll("")) : p.name();
        ParsedOfficeName.Evidence evidence = p.regular() && !truncated
                ? ParsedOfficeName.Evidence.SUFFIX : ParsedOfficeName.Evidence.IRREGULAR_SUFFIX;
        return new ParsedOfficeName(name, p.tier(), evidence, p.townSubOffice() || hasNonDeliveryWord(cleaned));
    }

    /** The name with all trailing suffixes peeled off and any "(district)" behind them put back; empty if it has none. */
    private static Optional<Peeled> peelSuffixes(String name) {
        String rest = name;
        Deque<String> qualifiers = new ArrayDeque<>();
        Stripped outermost = null;
        int suffixes = 0;
        while (true) {
            Optional<Stripped> stripped = stripSuffix(rest, suffixes == 0);
            if (stripped.isPresent()) {
                outermost = outermost == null ? stripped.get() : outermost;
                rest = stripped.get().remaining();
                suffixes++;
                continue;
            }
            int group = trailingGroupStart(rest);
            String before = group <= 0 ? "" : rest.substring(0, group).strip();
            if (!before.isEmpty() && stripSuffix(before, suffixes == 0).isPresent()) {
                qualifiers.addFirst(rest.substring(group));
                rest = before;
                continue;
            }
            break;
        }
        if (outermost == null) {
            return Optional.empty();
        }
        String nd = outermost.nonDeliveryMark() ? " ND" : "";
        String peeled = Fields.clean(rest + nd + " " + String.join(" ", qualifiers));
        return Optional.of(new Peeled(peeled, outermost.tier(), outermost.regular() && suffixes == 1,
                outermost.townSubOffice()));
    }

    /** Index of the "(" that opens the parenthesised group ending the name, or -1; nesting is allowed. */
    private static int trailingGroupStart(String name) {
        if (!name.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** "Kalol S.O (Bilaspur (HP)))" has one ")" too many. */
    private static String dropSurplusClosingParentheses(String name) {
        String result = name;
        while (result.endsWith(")") && count(result, ')') > count(result, '(')) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    /** After the first suffix only the regular form is stripped again, so "Hmt Ajmer Dtso S.O" keeps "Dtso". */
    private static Optional<Stripped> stripSuffix(String name, boolean anyForm) {
        for (Suffix suffix : SUFFIXES) {
            Matcher m = suffix.pattern().matcher(name);
            if (!m.find()) {
                continue;
            }
            boolean regular = REGULAR.matcher(m.group()).matches();
            String remaining = name.substring(0, m.start()).strip();
            if (remaining.isEmpty() || !(anyForm || regular)) {
                return Optional.empty();
            }
            boolean nd = suffix.townSubOffice() && m.group("nd") != null;
            return Optional.of(new Stripped(remaining, suffix.tier(), regular, suffix.townSubOffice(), nd));
        }
        return Optional.empty();
    }

    private static boolean hasNonDeliveryWord(String name) {
        for (String word : WORD_SEPARATORS.split(name)) {
            String bare = word.replace(".", "").toUpperCase(Locale.ROOT);
            if (NON_DELIVERY_WORDS.contains(bare) || (bare.length() > 5 && bare.endsWith("NDTSO"))) {
                return true;
            }
        }
        return false;
    }
}
