package org.daksetu.network.infrastructure.dataset;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans raw text into a field that PostgreSQL's COPY text format reads back unchanged. */
final class Fields {

    // COPY's text format gives tab, newline and backslash a meaning; a space keeps the words apart instead.
    private static final Pattern COPY_SPECIAL = Pattern.compile("[\\t\\n\\r\\\\]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    // The 2015 file writes "NA" or "Nil" where it does not know a taluk; an empty field says that to COPY.
    private static final Set<String> UNKNOWN = Set.of("", "na", "n.a", "n.a.", "nil", "null", "none", "-");

    private Fields() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String spaced = COPY_SPECIAL.matcher(raw).replaceAll(" ");
        return WHITESPACE.matcher(spaced).replaceAll(" ").strip();
    }

    /** Like {@link #clean}, but a placeholder for "unknown" becomes the empty field. */
    static String cleanOrUnknown(String raw) {
        String cleaned = clean(raw);
        return UNKNOWN.contains(cleaned.toLowerCase(Locale.ROOT)) ? "" : cleaned;
    }
}
