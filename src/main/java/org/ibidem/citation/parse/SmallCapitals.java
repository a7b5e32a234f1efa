package org.ibidem.citation.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Shared grammar: text set in capitals. The Bluebook sets book authors and titles, and some periodicals, in large
 * and small capitals; copied as plain text they arrive as "INVENTING HUMAN RIGHTS", which a citation gives back in
 * title case.
 */
final class SmallCapitals {

    private SmallCapitals() {
    }

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
            "in", "into", "nor", "of", "on", "or", "the", "to", "with", "v.");

    /** "INVENTING HUMAN RIGHTS: A HISTORY OF IT" → "Inventing Human Rights: A History of It". */
    static String titleCase(String capitals) {
        String[] words = capitals.split(" ", -1);
        StringBuilder out = new StringBuilder(capitals.length());
        boolean first = true;
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!first && MINOR_WORDS.contains(lower)) {
                out.append(lower);
            } else if (w.length() > 1 && !w.contains(".")) { // "U.S." and initials keep their capitals
                out.append(w.charAt(0)).append(lower, 1, lower.length());
            } else {
                out.append(w);
            }
            first = w.endsWith(":") || w.isEmpty();
        }
        return out.toString();
    }
}
