package org.ibidem.style;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a name's suffix after the given names where a name is printed inverted. CSL 1.0.2 ("Name-part Order")
 * inverts a name as family, given, suffix: "King, Martin, Jr.", "Noe, J., Jr"; citeproc-java 3.5 prints "King Jr.,
 * Martin", "Noe Jr, J.", where citeproc-js prints the suffix after the given names.
 * Only an inverted name is touched: one that opens the entry or follows ", ", "&amp; " or "and " directly, as a
 * name printed given names first ("John Noe Jr") never does.
 *
 * <pre>{@code
 * NameSuffixes.repair("King Jr., M. (1960). A Book. Acme.", item);   // "King, M., Jr. (1960). A Book. Acme."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class NameSuffixes {

    private static final List<String> NAME_VARIABLES = List.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "illustrator", "interviewer", "recipient", "reviewed-author");

    /** The given names as printed: initials ("J.", "J. P.", "J.-P.") or words up to a comma, stop or bracket. */
    private static final String GIVEN = "(\\p{Lu}\\.(?:[ \\-]?\\p{Lu}\\.)*|[^,.&()\\[\\]]+?)";

    private NameSuffixes() {
    }

    /**
     * The entry with each inverted name of the item that has a suffix printed family, given, suffix.
     *
     * @param entry one rendered entry
     * @param item  the CSL-JSON item it was rendered from
     */
    static String repair(String entry, Map<String, Object> item) {
        String out = entry;
        for (String variable : NAME_VARIABLES) {
            if (!(item.get(variable) instanceof List<?> names)) {
                continue;
            }
            for (Object o : names) {
                if (o instanceof Map<?, ?> name && name.get("suffix") instanceof String suffix && !suffix.isBlank()
                        && name.get("family") instanceof String family) {
                    out = invert(out, family, suffix.strip());
                }
            }
        }
        return out;
    }

    private static String invert(String entry, String family, String suffix) {
        Pattern p = Pattern.compile("(?:^|(?<=, )|(?<=& )|(?<=and ))" + Pattern.quote(family + " " + suffix) + ", "
                + "(?!and |et al)" + GIVEN + "(?=[,.]|\\s[(&]|$)");
        Matcher m = p.matcher(entry);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(entry, last, m.start()).append(family).append(", ").append(m.group(1)).append(", ")
                    .append(suffix);
            last = m.end();
            // "King, Martin, Jr." already ends the name element's sentence: no second full stop.
            if (suffix.endsWith(".") && last < entry.length() && entry.charAt(last) == '.') {
                last++;
            }
        }
        return out.append(entry, last, entry.length()).toString();
    }
}
